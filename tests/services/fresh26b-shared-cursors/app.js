// Cursors that requests share: order numbers drawn from a generator object with destructuring
// (`const [a, b] = orderNumbers` advances it) and `.next()`, lanes from an object that is its
// own iterator, read by for...of loops that break early, batches from an IIFE closure whose
// iterator advances a captured index (Array.from with a limit through a helper), a function with
// a property counting its calls, a cache keyed by Symbol.for on globalThis, and strategy classes that
// register themselves in a Set from static blocks, their statics bumped through the Set.
'use strict';
const express = require('express');
const { orderNumbers, lanes, batches } = require('./lib/cursors');

const app = express();
app.use(express.json());

// Lane strategies that register themselves in static blocks; a sweep bumps every registered class's static.
const strategies = new Set();
class Strategy {
  static runs = 0;
  static run() { this.runs += 1; return `${this.label}#${this.runs}`; }
}
class Fastest extends Strategy { static label = 'fastest'; static { strategies.add(this); } }
class Cheapest extends Strategy { static label = 'cheapest'; static { strategies.add(this); } }

const CACHE = Symbol.for('shared-cursors.cache');
globalThis[CACHE] = globalThis[CACHE] || new Map();

function assign(order) {
  assign.calls = (assign.calls || 0) + 1;
  for (const lane of lanes) {
    if (!order.avoid || order.avoid !== lane) return lane;
  }
  return null;
}

function take(iterable, n) {
  const out = [];
  if (n <= 0) return out;
  for (const x of iterable) {
    out.push(x);
    if (out.length >= n) break;
  }
  return out;
}

app.post('/orders', (req, res) => {
  const count = Math.max(1, Number(req.body.count) || 1);
  let numbers;
  if (count === 2) {
    const [a, b] = orderNumbers;
    numbers = [a, b];
  } else {
    numbers = Array.from({ length: count }, () => orderNumbers.next().value);
  }
  const placed = numbers.map((n) => ({ n, lane: assign({ avoid: req.body.avoid }) }));
  placed.forEach((p) => globalThis[CACHE].set(p.n, p.lane));
  res.status(201).json({ placed, calls: assign.calls });
});

app.get('/orders/:n', (req, res) => {
  const lane = globalThis[CACHE].get(Number(req.params.n));
  if (!lane) return res.status(404).json({ error: 'no order' });
  res.json({ n: Number(req.params.n), lane });
});

app.post('/batches', (req, res) => {
  const got = take(batches, Number(req.query.n));
  res.json({ got, consumed: batches.consumed });
});

app.post('/batches/add', (req, res) => {
  res.status(201).json({ size: batches.add(req.body.id) });
});

app.post('/sweep', (req, res) => {
  const ran = [];
  for (const S of strategies) ran.push(S.run());
  res.json({ ran });
});

app.get('/strategies', (req, res) => res.json({ fastest: Fastest.runs, cheapest: Cheapest.runs, base: Strategy.runs }));

app.get('/peek', (req, res) => {
  // a fresh generator per request: no shared cursor
  const local = (function* () { yield* ['x', 'y', 'z']; })();
  const [first, ...rest] = local;
  res.json({ first, rest, lanePos: lanes.pos, cached: globalThis[CACHE].size });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
