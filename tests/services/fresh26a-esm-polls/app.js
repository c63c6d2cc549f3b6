// A poll app: an EventEmitter service with private fields keeping ballots per voter (one vote each,
// changeable), tallies with percentages and leaders, a voter cookie, and listeners keeping stats and a log.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { polls, PollError } from './src/polls.js';
import { stats, log } from './src/feed.js';
import { voterId, seen } from './src/voter.js';

const app = express();
app.use(express.json());
app.use(voterId);

const STATUS = { INVALID: 400, NOT_FOUND: 404, CLOSED: 409 };

app.get('/polls', (req, res) => res.json(polls.list()));
app.post('/polls', (req, res) => res.status(201).json(polls.create(req.body ?? {})));
app.get('/polls/:id', (req, res) => res.json(polls.view(polls.get(req.params.id))));

app.post('/polls/:id/votes', async (req, res) => {
  const result = polls.vote(req.params.id, req.voter, req.body?.choice);
  res.json({ voter: req.voter, ...result });
});

app.delete('/polls/:id/votes/me', (req, res) => {
  res.json({ retracted: polls.retract(req.params.id, req.voter), ...polls.tally(polls.get(req.params.id)) });
});

app.post('/polls/:id/close', (req, res) => res.json(polls.close(req.params.id)));

app.get('/stats', (req, res) => res.json({ ...stats, voters: seen.size, log: log.slice(-4) }));

app.use((err, req, res, next) => {
  if (err instanceof PollError) return res.status(STATUS[err.code] ?? 400).json({ code: err.code, message: err.message });
  next(err);
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
