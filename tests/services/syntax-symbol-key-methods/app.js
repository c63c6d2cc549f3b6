// Object literals with methods under well-known symbols, as people write iterable ranges,
// paginators and money values: `[Symbol.iterator]()`, `*[Symbol.iterator]()`,
// `async *[Symbol.asyncIterator]()` and `[Symbol.toPrimitive](hint)`, made in handlers, kept across an
// await, and kept in module state that later requests read and change.
const express = require('express');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function range(from, to, step = 1) {
  let walks = 0;
  return {
    from,
    to,
    [Symbol.iterator]() {
      walks++;
      let at = this.from;
      const end = this.to;
      return { next: () => (at <= end ? { value: (at += step) - step, done: false } : { value: undefined, done: true }) };
    },
    get walks() { return walks; },
  };
}

function money(cents, currency) {
  return {
    cents,
    currency,
    [Symbol.toPrimitive](hint) {
      return hint === 'number' ? this.cents / 100 : `${(this.cents / 100).toFixed(2)} ${this.currency}`;
    },
  };
}

function pages(items, size) {
  return {
    *[Symbol.iterator]() {
      for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
    },
    async *[Symbol.asyncIterator]() {
      for (let i = 0; i < items.length; i += size) {
        await null;
        yield { page: i / size + 1, items: items.slice(i, i + size) };
      }
    },
  };
}

const wallets = new Map();
const saved = [];

const app = express();
app.use(express.json());

app.get('/range/:from/:to', async (req, res) => {
  const r = range(Number(req.params.from), Number(req.params.to), Number(req.query.step ?? 1));
  const first = [...r];
  await sleep(2);
  res.json({ first, again: Array.from(r), walks: r.walks });
});

app.post('/ranges', (req, res) => {
  saved.push(range(req.body.from, req.body.to));
  res.status(201).json({ saved: saved.length });
});

app.get('/ranges', (req, res) => {
  res.json(saved.map((r) => ({ values: [...r], walks: r.walks })));
});

app.post('/wallets/:id', async (req, res) => {
  const before = wallets.get(req.params.id) ?? money(0, req.body.currency ?? 'EUR');
  await sleep(1);
  const after = money(before.cents + req.body.cents, before.currency);
  wallets.set(req.params.id, after);
  res.json({ before: `${before}`, after: `${after}`, total: +after + 0 });
});

app.get('/wallets', (req, res) => {
  res.json([...wallets].map(([id, m]) => `${id}=${m}`));
});

app.get('/pages/:size', async (req, res) => {
  const p = pages(['a', 'b', 'c', 'd', 'e'], Number(req.params.size));
  await sleep(1);
  const sync = [...p];
  const seen = [];
  for await (const page of p) seen.push(`${page.page}:${page.items.join('')}`);
  res.json({ sync, seen });
});

app.listen(process.env.PORT || 8080);
