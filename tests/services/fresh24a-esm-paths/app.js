// Express 5's path syntax as a 2025 developer uses it: named wildcards (`/files/*path`,
// `/*splat`), optional groups (`{/:version}`, `/:name{.:ext}`), with state keyed by the params.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { driveFor, drives, Drive } from './src/drive.js';
import { docs } from './src/docs.js';
import path from 'node:path';

const uploads = path.join(path.dirname(fileURLToPath(import.meta.url)), 'uploads');
const served = [];

const app = express();
app.use(express.json());
app.use(express.text());

const downloads = new Map();

app.put('/drives/:drive/files/*path', (req, res) => {
  const body = typeof req.body === 'string' ? req.body : JSON.stringify(req.body ?? null);
  const file = driveFor(req.params.drive).put(req.params.path, body);
  res.status(file.version === 1 ? 201 : 200).json(file);
});

app.get('/drives/:drive/files/*path', (req, res) => {
  const drive = drives.get(req.params.drive);
  const file = drive?.get(req.params.path);
  if (!file) return res.status(404).json({ error: 'no such file', segments: req.params.path });
  res.type('text/plain').send(file.content);
});

app.delete('/drives/:drive/files/*path', (req, res) => {
  const removed = drives.get(req.params.drive)?.remove(req.params.path) ?? false;
  res.status(removed ? 204 : 404).end();
});

app.get('/drives/:drive/tree{/*prefix}', (req, res) => {
  const drive = drives.get(req.params.drive);
  if (!drive) return res.status(404).json({ error: 'no drive' });
  res.json({
    drive: drive.name,
    id: drive.id,
    prefix: req.params.prefix ?? null,
    files: drive.list(req.params.prefix),
    last: drive.lastChange,
    lastDelete: drive.lastOf('delete'),
  });
});

// /download/report.pdf and /download/report share one counter per name, per extension.
app.get('/download/:name{.:ext}', (req, res) => {
  const { name, ext = 'txt' } = req.params;
  const entry = downloads.get(name) ?? { total: 0, byExt: {} };
  entry.total++;
  entry.byExt[ext] = (entry.byExt[ext] ?? 0) + 1;
  downloads.set(name, entry);
  res.json({ name, ext, ...entry });
});

app.use('/docs', docs);

// Files on disk under uploads/, by a wildcard path; sendFile's callback counts what was served.
app.get('/attachments/*file', (req, res, next) => {
  const rel = req.params.file.join('/');
  res.sendFile(rel, { root: uploads, headers: { 'x-served-count': String(served.length + 1) } }, (err) => {
    if (err) return next(err);
    served.push(rel);
  });
});

app.get('/attachments', (req, res) => res.json({ served }));

app.get('/stats', (req, res) => {
  res.json({ drives: Drive.count, names: [...drives.keys()], downloads: Object.fromEntries(downloads) });
});

app.all('/*splat', (req, res) => {
  res.status(404).json({ notFound: req.params.splat });
});

app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.code ?? err.message });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
