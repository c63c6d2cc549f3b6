// A poll/voting API as ES modules: polls in a singleton repository (`export default new PollRepo()`),
// per-user dedup in a Map of Sets written through `??=`, votes changed (a user switching option
// moves the tally), results grouped by a hand-written groupBy, closing a poll through a private
// method, and an `export let` counter of rejected votes bumped by an exported function.
import express from 'express';
import { fileURLToPath } from 'node:url';
import polls from './src/repo.js';
import { castVote, rejected, results } from './src/voting.js';

const app = express();
app.use(express.json());

const userOf = (req) => req.get('x-user')?.trim().toLowerCase() || null;

app.post('/polls', (req, res) => {
  const { question, options = [], multi = false } = req.body ?? {};
  if (!question || options.length < 2) return res.status(400).json({ error: 'question and 2+ options' });
  res.status(201).json(polls.create({ question, options, multi }));
});

app.get('/polls', (req, res) => {
  res.json(polls.list().map(({ id, question, open }) => ({ id, question, open })));
});

app.post('/polls/:id/votes', (req, res) => {
  const user = userOf(req);
  if (!user) return res.status(401).json({ error: 'x-user required' });
  const outcome = castVote(polls.get(Number(req.params.id)), user, req.body?.option);
  res.status(outcome.status).json({ ...outcome.body, rejected });
});

app.get('/polls/:id/results', (req, res) => {
  const poll = polls.get(Number(req.params.id));
  if (!poll) return res.status(404).json({ error: 'no such poll' });
  res.json(results(poll));
});

app.post('/polls/:id/close', (req, res) => {
  const closed = polls.close(Number(req.params.id));
  res.status(closed ? 200 : 404).json({ closed, open: polls.list().filter((p) => p.open).length });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
