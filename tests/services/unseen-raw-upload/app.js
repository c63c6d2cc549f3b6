const express = require('express');
const crypto = require('node:crypto');

const blobs = new Map();
const stats = { uploads: 0, bytes: 0 };

function collect(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const app = express();

app.put('/blobs/:name', async (req, res) => {
  const body = await collect(req);
  const etag = crypto.createHash('sha256').update(body).digest('base64url').slice(0, 16);
  blobs.set(req.params.name, { body, etag, type: req.get('content-type') ?? 'application/octet-stream' });
  stats.uploads += 1;
  stats.bytes += body.length;
  res.status(201).set('ETag', `"${etag}"`).json({ name: req.params.name, size: body.length });
});

app.get('/blobs/:name', (req, res) => {
  const blob = blobs.get(req.params.name);
  if (!blob) return res.sendStatus(404);
  if (req.get('if-none-match') === `"${blob.etag}"`) return res.status(304).end();
  res.type(blob.type).set('x-etag', blob.etag).send(blob.body);
});

app.get('/stream/:name', (req, res) => {
  const blob = blobs.get(req.params.name);
  if (!blob) return res.sendStatus(404);
  res.type('text/plain');
  const text = blob.body.toString('utf8');
  for (let i = 0; i < text.length; i += 4) res.write(`[${text.slice(i, i + 4)}]`);
  res.end('\n');
});

app.get('/stats', (req, res) => res.json({ ...stats, names: [...blobs.keys()] }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
