// Polls with options and votes: a Poll class whose instances live in a Map, votes
// de-duplicated per voter with a Set inside each poll, results computed with
// reduce/sort, closing a poll through a method, an async router-level guard.
const express = require('express');

class Poll {
  static #seq = 0;
  voters = new Set();
  closed = false;

  constructor(question, options) {
    this.id = ++Poll.#seq;
    this.question = question;
    this.options = options.map((label) => ({ label, votes: 0 }));
  }

  vote(voter, index) {
    if (this.closed) return 'closed';
    if (this.voters.has(voter)) return 'duplicate';
    const option = this.options[index];
    if (!option) return 'invalid';
    option.votes++;
    this.voters.add(voter);
    return 'ok';
  }

  close() {
    this.closed = true;
    return this.results();
  }

  results() {
    const total = this.options.reduce((sum, o) => sum + o.votes, 0);
    const ranked = [...this.options].sort((a, b) => b.votes - a.votes || a.label.localeCompare(b.label));
    return { id: this.id, question: this.question, total, closed: this.closed,
             leader: total ? ranked[0].label : null, ranked: ranked.map(({ label, votes }) => `${label}=${votes}`) };
  }
}

const polls = new Map();
const router = express.Router();

router.use('/:id', async (req, res, next) => {
  const poll = polls.get(Number(req.params.id));
  if (!poll) return res.status(404).json({ error: 'no such poll' });
  res.locals.poll = poll;
  next();
});

router.post('/:id/votes', (req, res) => {
  const outcome = res.locals.poll.vote(req.get('x-voter') ?? 'anon', req.body.option);
  const codes = { ok: 201, duplicate: 409, invalid: 400, closed: 423 };
  res.status(codes[outcome]).json({ outcome, ...res.locals.poll.results() });
});

router.post('/:id/close', (req, res) => res.json(res.locals.poll.close()));
router.get('/:id', (req, res) => res.json(res.locals.poll.results()));

const app = express();
app.use(express.json());
app.post('/polls', (req, res) => {
  const poll = new Poll(req.body.question, req.body.options ?? []);
  polls.set(poll.id, poll);
  res.status(201).json(poll.results());
});
app.use('/polls', router);

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
