// Generator objects kept as state: a ticket counter advanced with values given to
// next(), a deck dealt a card at a time and then spread, a batch taken with for...of
// and break (which closes the generator, as Node.js does), per-queue generators made
// by a handler and kept in a Map, a generator function expression and one declared in
// a factory, and return() closing a generator early.
const express = require('express');
const app = express();

const WIDTH = 4;

function* tickets(prefix, start = 1) {
  let n = start;
  while (true) {
    const command = yield `${prefix}-${String(n).padStart(WIDTH, '0')}`;
    if (command === 'skip') n += 10;
    else if (command === 'reset') n = start;
    else n += 1;
  }
}

const fibonacci = function* () {
  let [a, b] = [0, 1];
  while (true) {
    yield a;
    [a, b] = [b, a + b];
  }
};

function makeDealer(suits) {
  function* deal(order) {
    for (const suit of order.split(',')) {
      for (const rank of ['A', 'K', 'Q']) yield `${rank}${suit}`;
    }
    return 'empty';
  }
  return deal(suits);
}

const counter = tickets('T');
const deck = makeDealer('S,H');
const fib = fibonacci();
const queues = new Map();

app.get('/ticket', (req, res) => res.json({ ticket: counter.next(req.query.cmd).value }));

app.get('/deal', (req, res) => res.json(deck.next()));
app.get('/deck/rest', (req, res) => res.json({ rest: [...deck], after: deck.next() }));

app.get('/fib/:n', (req, res) => {
  const out = [];
  for (const x of fib) {
    out.push(x);
    if (out.length >= Number(req.params.n)) break;
  }
  res.json({ out, closed: fib.next().done });
});

app.post('/queues/:name', (req, res) => {
  if (queues.has(req.params.name)) return res.status(409).json({ error: 'exists' });
  queues.set(req.params.name, tickets(req.params.name.toUpperCase(), Number(req.query.start) || 1));
  res.status(201).json({ queues: [...queues.keys()] });
});

app.get('/queues/:name/next', (req, res) => {
  const queue = queues.get(req.params.name);
  if (!queue) return res.status(404).json({ error: 'no such queue' });
  res.json(queue.next());
});

app.delete('/queues/:name', (req, res) => {
  const queue = queues.get(req.params.name);
  if (!queue) return res.status(404).json({ error: 'no such queue' });
  res.json({ closed: queue.return('closed'), after: queue.next() });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
