// Resumable uploads in an ES module: an upload session per id (a class with private fields and a generator
// over its chunks), chunks sent as base64url in separate requests and decoded by the session's own streaming
// TextDecoder (a character split between two chunks decodes whole), a running sha256 (createHash kept by the
// session, `hash.copy()` for a digest so far), offsets checked with Buffer.readUInt32BE of a chunk header,
// completion counting lines through Readable.from + a Transform under stream/promises pipeline, `??=`, `?.`.
import express from 'express';
import { createHash } from 'node:crypto';
import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';

class Upload {
  static #open = 0;
  #decoder = new TextDecoder('utf-8', { fatal: false });
  #hash = createHash('sha256');
  #chunks = [];
  text = '';
  bytes = 0;
  done = false;

  constructor(id, name) {
    this.id = id;
    this.name = name;
    Upload.#open++;
  }

  static get open() {
    return Upload.#open;
  }

  append(chunk, last) {
    // a chunk: 4 bytes of offset (big-endian), then the data
    const offset = chunk.readUInt32BE(0);
    if (offset !== this.bytes) return { ok: false, expected: this.bytes, got: offset };
    const data = chunk.subarray(4);
    this.#chunks.push(Buffer.from(data));
    this.#hash.update(data);
    this.bytes += data.length;
    this.text += this.#decoder.decode(data, { stream: !last });
    if (last) {
      this.done = true;
      Upload.#open--;
    }
    return { ok: true, bytes: this.bytes };
  }

  digestSoFar() {
    return this.#hash.copy().digest('base64url').slice(0, 16);
  }

  *[Symbol.iterator]() {
    for (const [i, c] of this.#chunks.entries()) yield { i, size: c.length };
  }

  get whole() {
    return Buffer.concat(this.#chunks);
  }
}

const uploads = new Map();
const completed = [];

const app = express();
app.use(express.json());

app.post('/uploads', (req, res) => {
  const id = `u${uploads.size + 1}`;
  uploads.set(id, new Upload(id, req.body?.name ?? 'untitled'));
  res.status(201).json({ id, open: Upload.open });
});

app.patch('/uploads/:id', (req, res) => {
  const upload = uploads.get(req.params.id);
  if (!upload) return res.status(404).json({ error: 'no such upload' });
  if (upload.done) return res.status(409).json({ error: 'upload complete' });
  const chunk = Buffer.from(req.body.chunk ?? '', 'base64url');
  if (chunk.length < 4) return res.status(400).json({ error: 'chunk too short' });
  const result = upload.append(chunk, req.body.last === true);
  if (!result.ok) return res.status(416).json(result);
  res.json({ ...result, text: upload.text, sha: upload.digestSoFar() });
});

app.post('/uploads/:id/complete', async (req, res, next) => {
  const upload = uploads.get(req.params.id);
  if (!upload?.done) return res.status(409).json({ error: 'not complete', id: req.params.id });
  let lines = 0;
  let longest = 0;
  const splitter = new Transform({
    readableObjectMode: true,
    transform(chunk, _enc, cb) {
      for (const line of chunk.toString('utf8').split('\n')) if (line) this.push(line);
      cb();
    },
  });
  const counter = new Writable({
    objectMode: true,
    write(line, _enc, cb) {
      lines++;
      longest = Math.max(longest, [...line].length);
      cb();
    },
  });
  try {
    await pipeline(Readable.from([upload.whole]), splitter, counter);
  } catch (err) {
    return next(err);
  }
  const entry = { id: upload.id, name: upload.name, lines, longest, chunks: [...upload] };
  completed.push(entry);
  res.json(entry);
});

app.get('/uploads', (_req, res) => {
  res.json({
    open: Upload.open,
    uploads: [...uploads.values()].map((u) => ({ id: u.id, bytes: u.bytes, done: u.done, sha: u.digestSoFar() })),
    completed: completed.map((c) => c.id),
  });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
