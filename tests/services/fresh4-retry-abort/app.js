// A flaky upstream called with retry + exponential backoff, an
// AbortController per operation (cancel endpoint), Promise.any over mirrors,
// Promise.race against a "slow" branch that never wins. Each upstream keeps a
// count of the calls it got, so the answers show how many retries happened.
const express = require('express');
const { retry, RetryError } = require('./lib/retry');

const upstreams = new Map([
  ['alpha', { failuresLeft: 2, calls: 0 }],
  ['beta', { failuresLeft: 0, calls: 0 }],
  ['gamma', { failuresLeft: 9, calls: 0 }],
]);

async function callUpstream(name, attempt) {
  const u = upstreams.get(name);
  if (!u) throw Object.assign(new Error(`no upstream ${name}`), { retryable: false, attempt: attempt + 1 });
  u.calls += 1;
  await Promise.resolve();
  if (u.failuresLeft > 0) {
    u.failuresLeft -= 1;
    throw Object.assign(new Error(`${name} unavailable`), { attempt: attempt + 1 });
  }
  return { from: name, attempt };
}

const operations = new Map();
let opSeq = 0;

const app = express();
app.use(express.json());

app.get('/call/:name', async (req, res) => {
  try {
    const result = await retry((n) => callUpstream(req.params.name, n), { attempts: 4 });
    res.json({ ...result, calls: upstreams.get(req.params.name).calls });
  } catch (err) {
    const status = err instanceof RetryError ? 503 : 500;
    res.status(status).json({ error: err.message, cause: err.cause?.message, attempts: err.attempts });
  }
});

app.post('/mirrors', async (req, res) => {
  const names = req.body.names ?? [];
  try {
    const winner = await Promise.any(names.map((n) => callUpstream(n, 0)));
    res.json({ winner: winner.from });
  } catch (err) {
    res.status(502).json({ error: err.constructor.name, reasons: err.errors.map((e) => e.message) });
  }
});

app.post('/ops', (req, res) => {
  const id = ++opSeq;
  const controller = new AbortController();
  operations.set(id, { controller, status: 'pending' });
  res.status(201).json({ id, aborted: controller.signal.aborted });
});

app.delete('/ops/:id', (req, res) => {
  const op = operations.get(Number(req.params.id));
  if (!op) return res.sendStatus(404);
  op.controller.abort(new Error(`cancelled op ${req.params.id}`));
  op.status = 'cancelled';
  res.json({ aborted: op.controller.signal.aborted, reason: op.controller.signal.reason.message });
});

app.post('/ops/:id/run/:name', async (req, res) => {
  const op = operations.get(Number(req.params.id));
  if (!op) return res.sendStatus(404);
  try {
    const result = await retry((n) => callUpstream(req.params.name, n), { signal: op.controller.signal });
    op.status = 'done';
    res.json({ result, status: op.status });
  } catch (err) {
    res.status(409).json({ error: err.message, status: op.status });
  }
});

app.get('/race/:name', async (req, res) => {
  let timer;
  const never = new Promise((resolve) => { timer = setTimeout(resolve, 5000, 'slow'); });
  const outcome = await Promise.race([callUpstream(req.params.name, 0).then((r) => r.from, (e) => e.message), never]);
  clearTimeout(timer);
  res.json({ outcome });
});

app.get('/upstreams', (req, res) => {
  res.json(Object.fromEntries([...upstreams].map(([k, v]) => [k, v.calls])));
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
