// Retries with backoff: a flaky "upstream" (fails its first N calls per key, counted
// in module state) wrapped by a generic retry(fn, {retries, delay}) that awaits a
// promisified setTimeout between attempts; a circuit breaker opens after failures.
const express = require('express');
const { promisify } = require('util');

const sleep = promisify(setTimeout);
const failuresLeft = { alpha: 2, beta: 6, gamma: 0 };
const attempts = {};

async function upstream(key) {
  attempts[key] = (attempts[key] ?? 0) + 1;
  if ((failuresLeft[key] ?? 0) > 0) {
    failuresLeft[key]--;
    throw Object.assign(new Error(`upstream ${key} failed`), { retryable: true });
  }
  return `${key}:ok`;
}

async function retry(fn, { retries = 2, delay = 2 } = {}) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (!err.retryable || attempt >= retries) throw err;
      await sleep(delay * 2 ** attempt);
    }
  }
}

const breaker = { failures: 0, open: false, threshold: 2 };

const app = express();

app.get('/fetch/:key', async (req, res) => {
  if (breaker.open) return res.status(503).json({ error: 'circuit open' });
  try {
    const value = await retry(() => upstream(req.params.key));
    breaker.failures = 0;
    res.json({ value, attempts: attempts[req.params.key] });
  } catch (err) {
    breaker.failures++;
    breaker.open = breaker.failures >= breaker.threshold;
    res.status(502).json({ error: err.message, attempts: attempts[req.params.key], open: breaker.open });
  }
});

app.post('/breaker/reset', (req, res) => {
  Object.assign(breaker, { failures: 0, open: false });
  res.json(breaker);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
