// Activity export: events recorded per user, exported as NDJSON through Readable.from(generator) -> Transform ->
// zlib.createGzip() -> res with stream/promises pipeline when the client accepts gzip; a gzip'd JSON backup
// (zlib.gzipSync, base64) restored by a later request (gunzipSync), export counters per format, `?.`/`??`.
'use strict';
const express = require('express');
const zlib = require('node:zlib');
const { promisify } = require('node:util');
const { Readable, Transform } = require('node:stream');
const { pipeline } = require('node:stream/promises');

const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);

const app = express();
app.use(express.json({ limit: '1mb' }));

let events = [];
let seq = 0;
const exportsByFormat = new Map();

function countExport(format) {
  exportsByFormat.set(format, (exportsByFormat.get(format) ?? 0) + 1);
  return exportsByFormat.get(format);
}

function* select(filter) {
  for (const e of events) {
    if (filter.user && e.user !== filter.user) continue;
    if (filter.type && e.type !== filter.type) continue;
    yield e;
  }
}

const toNdjson = () =>
  new Transform({
    writableObjectMode: true,
    transform(event, _enc, cb) {
      cb(null, JSON.stringify(event) + '\n');
    },
  });

app.post('/events', (req, res) => {
  const { user, type, amount } = req.body ?? {};
  if (!user || !type) return res.status(400).json({ error: 'user and type required' });
  const event = { seq: ++seq, user, type, amount: amount ?? null, meta: req.body.meta?.source ?? 'api' };
  events.push(event);
  res.status(201).json(event);
});

app.get('/export.ndjson', async (req, res, next) => {
  const filter = { user: req.query.user, type: req.query.type };
  const n = countExport('ndjson');
  res.set('x-export-number', String(n));
  res.type('application/x-ndjson');
  res.vary('Accept-Encoding');
  const stages = [Readable.from(select(filter)), toNdjson()];
  if (req.acceptsEncodings('gzip', 'identity') === 'gzip') {
    res.set('content-encoding', 'gzip');
    res.set('x-compressed', 'yes');
    stages.push(zlib.createGzip());
  } else {
    res.set('x-compressed', 'no');
  }
  try {
    await pipeline(...stages, res);
  } catch (err) {
    next(err);
  }
});

app.get('/export.json', async (req, res) => {
  const body = JSON.stringify({ count: events.length, events: [...select(req.query)] });
  const n = countExport('json');
  res.set('x-export-number', String(n)).type('json');
  if (req.acceptsEncodings('gzip')) {
    const buf = await gzip(body);
    res.set('content-encoding', 'gzip').set('x-compressed', 'yes');
    return res.send(buf);
  }
  res.set('x-compressed', 'no').send(body);
});

// Backups are kept gzip'd in memory (their bytes depend on the zlib build: only what they hold is answered).
const backups = [];

app.post('/backups', (_req, res) => {
  const gz = zlib.gzipSync(JSON.stringify({ seq, events }));
  backups.push(gz);
  countExport('backup');
  res.status(201).json({ id: backups.length, events: events.length, gzip: gz[0] === 0x1f && gz[1] === 0x8b });
});

app.post('/restore', async (req, res) => {
  let parsed;
  const source = req.query.backup ? backups[Number(req.query.backup) - 1] : Buffer.from(req.body?.data ?? '', 'base64');
  if (!source) return res.status(404).json({ error: 'no such backup' });
  try {
    parsed = JSON.parse((await gunzip(source)).toString('utf8'));
  } catch (err) {
    return res.status(400).json({ error: 'bad backup', code: err.code ?? 'EPARSE' });
  }
  const before = events.length;
  events = parsed.events ?? [];
  seq = Math.max(seq, parsed.seq ?? 0);
  res.json({ before, after: events.length, seq });
});

app.delete('/events', (req, res) => {
  const user = req.query.user;
  const before = events.length;
  events = events.filter((e) => e.user !== user);
  res.json({ removed: before - events.length });
});

app.get('/exports', (_req, res) => res.json(Object.fromEntries(exportsByFormat)));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
