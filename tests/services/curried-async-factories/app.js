// Async factories (ES modules): a default-exported async middleware factory `timed({ label, store })`
// whose closure counts requests across an await, a memoized async loader `memoAsync(load)` holding its
// promises in a Map (the loader reads a module table; a failed load is forgotten), hooks composed by
// `runAll(...hooks)` calling each with forEach, and partials made with bind.
import express from 'express';
import { fileURLToPath } from 'node:url';
import timed, { memoAsync, runAll, sleep, tagWith } from './lib/async.js';

const app = express();
app.use(express.json());

const trail = [];
const profiles = { ada: { name: 'Ada', langs: 2 }, bob: { name: 'Bob', langs: 1 } };
let fetched = 0;

const profile = memoAsync(async (id) => {
  fetched += 1;
  await sleep(3);
  if (!profiles[id]) throw new Error(`no profile ${id}`);
  return { ...profiles[id], fetchedAs: fetched };
});

const seen = {};
const count = (event) => (seen[event.type] = (seen[event.type] ?? 0) + 1);
const remember = (event) => trail.push(`hook:${event.type}`) && event.type;
const onEvent = runAll(count, remember);
const tag = tagWith.bind(null, 'evt', ':');

app.use('/profiles', timed({ label: 'profiles', store: trail }));

app.get('/profiles/:id', async (req, res) => {
  try {
    const [a, b] = await Promise.all([profile(req.params.id), profile(req.params.id)]);
    onEvent({ type: 'read' });
    res.json({ ...a, same: a === b, loads: profile.loads(), tag: tag(req.params.id) });
  } catch (err) {
    onEvent({ type: 'miss' });
    res.status(404).json({ error: err.message, loads: profile.loads() });
  }
});

app.put('/profiles/:id', (req, res) => {
  profiles[req.params.id] = { name: req.body.name, langs: req.body.langs ?? 0 };
  const forgot = profile.forget(req.params.id);
  onEvent({ type: 'write' });
  res.json({ forgot });
});

app.get('/trail', (req, res) => res.json({ trail, seen, fetched, loads: profile.loads() }));

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
