// `for await` as services write it: a worker loop started at load over a queue whose `next()` a later
// request settles (a job pushed while one runs waits in the queue), over async iterators whose `next()`
// awaits a timer, closed (their `return()` run) by a break, a return or an error, with a continue, and
// over arrays of promises and plain values; what the iterators closed is module state later read.
const express = require('express');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class Queue {
  #items = [];
  #waiting = [];
  pushed = 0;
  push(item) {
    this.pushed++;
    const waiter = this.#waiting.shift();
    if (waiter) waiter({ value: item, done: false });
    else this.#items.push(item);
  }
  get backlog() { return this.#items.length; }
  [Symbol.asyncIterator]() {
    return {
      next: () => (this.#items.length
        ? Promise.resolve({ value: this.#items.shift(), done: false })
        : new Promise((resolve) => this.#waiting.push(resolve))),
    };
  }
}

const queue = new Queue();
const done = [];
let busy = 0;

async function worker() {
  for await (const { id, ms } of queue) {
    busy++;
    await sleep(ms);
    done.push(`${id}:${busy}`);
    busy--;
  }
}
worker();

const closed = [];
function countdown(name, from) {
  let n = from;
  return {
    [Symbol.asyncIterator]() { return this; },
    async next() {
      await sleep(1);
      return n > 0 ? { value: n--, done: false } : { value: undefined, done: true };
    },
    async return() {
      closed.push(name);
      return { value: undefined, done: true };
    },
  };
}

const app = express();
app.use(express.json());

app.post('/jobs', (req, res) => {
  queue.push({ id: req.body.id, ms: req.body.ms ?? 1 });
  res.status(202).json({ pushed: queue.pushed });
});

app.get('/jobs', (req, res) => res.json({ done, busy, backlog: queue.backlog }));

app.get('/count/:from', async (req, res) => {
  const seen = [];
  for await (const n of countdown('count', Number(req.params.from))) {
    if (n === 2) continue;
    seen.push(n);
  }
  res.json({ seen, closed });
});

app.get('/first-above/:limit', async (req, res) => {
  for await (const n of countdown('first', 5)) {
    if (n <= Number(req.params.limit)) {
      res.json({ found: n, closed });
      return;
    }
  }
  res.json({ found: null, closed });
});

app.get('/break', async (req, res) => {
  let last = null;
  for await (const n of countdown('break', 4)) {
    last = n;
    if (n === 3) break;
  }
  res.json({ last, closed });
});

app.get('/throw', async (req, res) => {
  try {
    for await (const n of countdown('throw', 3)) {
      if (n === 2) throw new Error(`stopped at ${n}`);
    }
  } catch (err) {
    return res.json({ error: err.message, closed });
  }
  res.json({ error: null });
});

app.get('/promises', async (req, res) => {
  const out = [];
  for await (const v of [sleep(2).then(() => 'slow'), 'plain', Promise.resolve('fast')]) out.push(v);
  try {
    for await (const v of [Promise.reject(new Error('bad')), 'never']) out.push(v);
  } catch (err) {
    out.push(`caught ${err.message}`);
  }
  res.json(out);
});

app.listen(process.env.PORT || 8080);
