// Analytics as ES modules: exported `let`s bumped by an exported function and read as live
// bindings through a renamed import and a namespace; state written by a JSON.parse reviver, by a
// toJSON that res.json calls, by a String.replace callback and by a tag function; a queueMicrotask
// after the answer; `import * as` namespace writes to an exported object.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { track, pageviews as views, resetCounters } from './lib/counters.js';
import * as counters from './lib/counters.js';
import { state, parseBatch, Event } from './lib/events.js';
import { countMentions, line, seen } from './lib/text.js';

const app = express();
app.use(express.text({ type: ['text/plain', 'application/json'] }));

app.use((req, res, next) => {
  if (req.method === 'GET') track(req.path);
  next();
});

app.post('/batch', (req, res) => {
  const batch = parseBatch(req.body);
  const events = batch.map(({ name, ...props }) => new Event(name, props));
  state.events.push(...events);
  queueMicrotask(() => { counters.byPath['(batches)'] = (counters.byPath['(batches)'] ?? 0) + 1; });
  res.status(201).json({ accepted: events });
});

app.get('/events', (req, res) => res.json(state.events.slice(-3)));

app.post('/comments', (req, res) => {
  res.type('text').send(countMentions(req.body));
});

app.get('/report', (req, res) => {
  res.type('text').send([
    line`views ${views} last ${counters.lastPath}`,
    line`mentions ${[...seen.mentions].map(([k, v]) => `${k}=${v}`).join(',')}`,
    line`parsed ${state.parsed} dropped ${state.dropped} serialized ${state.serialized} templates ${seen.templates}`,
  ].join('\n'));
});

app.get('/paths', (req, res) => res.json({ views: counters.pageviews, byPath: counters.byPath }));

app.delete('/counters', (req, res) => {
  resetCounters();
  res.json({ views, last: counters.lastPath });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
