// Live poll tallies over server-sent events: clients of a poll kept in a hub (a class instance with a private
// Map of Sets of responses), each vote written to every open stream, closing the poll ending them.
const express = require('express');
const hub = require('./lib/hub');
const { polls, tally, createPoll } = require('./lib/polls');

const app = express();
app.use(express.json());

const findPoll = (req, res, next) => {
  req.poll = polls.get(req.params.id);
  req.poll ? next() : res.status(404).json({ error: 'no such poll' });
};

app.post('/polls', (req, res) => {
  const { question, options = [] } = req.body ?? {};
  if (!question || options.length < 2) return res.status(400).json({ error: 'question and 2+ options' });
  res.status(201).json(createPoll(question, options));
});

app.get('/polls/:id/live', findPoll, (req, res) => {
  hub.join(req.poll.id, res);
  res.write(`event: tally\ndata: ${JSON.stringify(tally(req.poll))}\n\n`);
});

app.post('/polls/:id/votes', findPoll, async (req, res) => {
  const { voter, option } = req.body ?? {};
  if (!req.poll.open) return res.status(409).json({ error: 'closed' });
  if (!req.poll.options.includes(option)) return res.status(400).json({ error: `unknown option ${option}` });
  const changed = req.poll.votes.has(voter);
  req.poll.votes.set(voter, option);
  const counts = tally(req.poll);
  hub.send(req.poll.id, 'tally', counts);
  res.json({ changed, counts, watchers: hub.count(req.poll.id) });
});

app.post('/polls/:id/close', findPoll, (req, res) => {
  req.poll.open = false;
  hub.send(req.poll.id, 'closed', tally(req.poll));
  res.json({ ended: hub.end(req.poll.id), sent: hub.sent });
});

app.get('/polls/:id', findPoll, (req, res) => {
  res.json({ question: req.poll.question, open: req.poll.open, counts: tally(req.poll), watchers: hub.count(req.poll.id) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
