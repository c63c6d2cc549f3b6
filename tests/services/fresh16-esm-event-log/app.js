// An event log in ES modules: EventLog instances registered by their constructor (a `static {}` block
// seeds the registry), private events read through `*[Symbol.iterator]`, and readers made by requests
// from an `async *reader()` method, kept in a Map and pulled one event per request.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { EventLog, logFor, registry } from './lib/log.js';

const app = express();
app.use(express.json());

const readers = new Map();
let nextReader = 1;

app.post('/logs/:name/events', (req, res) => {
  const event = logFor(req.params.name).append(req.body.type, req.body.data ?? null);
  res.status(201).json(event);
});

app.get('/logs/:name', (req, res) => {
  const log = registry.get(req.params.name);
  if (!log) return res.status(404).json({ error: 'no log' });
  res.json({ name: log.name, length: log.length, types: [...log].map((e) => e.type) });
});

app.post('/logs/:name/readers', (req, res) => {
  const log = registry.get(req.params.name);
  if (!log) return res.status(404).json({ error: 'no log' });
  const id = `r${nextReader++}`;
  readers.set(id, { log: log.name, it: log.reader(req.body.from ?? 0), pulled: 0 });
  res.status(201).json({ id });
});

app.get('/readers/:id/next', async (req, res) => {
  const reader = readers.get(req.params.id);
  if (!reader) return res.status(404).json({ error: 'no reader' });
  const { value } = await reader.it.next();
  if (value) reader.pulled++;
  res.json({ event: value, pulled: reader.pulled });
});

app.delete('/readers/:id', async (req, res) => {
  const reader = readers.get(req.params.id);
  if (!reader) return res.status(404).json({ error: 'no reader' });
  await reader.it.return();
  readers.delete(req.params.id);
  res.json({ closed: req.params.id, pulled: reader.pulled });
});

app.get('/stats', (req, res) => {
  res.json({ instances: EventLog.instances, logs: [...registry.keys()], readers: [...readers.keys()] });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
