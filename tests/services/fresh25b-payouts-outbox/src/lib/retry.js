'use strict';

const { setTimeout: sleep } = require('node:timers/promises');

async function retry(fn, { attempts, backoffMs, onRetry = () => {} }) {
  let lastError;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      return await fn(attempt);
    } catch (err) {
      lastError = err;
      if (!err.retryable || attempt === attempts) break;
      onRetry(err, attempt);
      await sleep(backoffMs * 2 ** (attempt - 1));
    }
  }
  throw lastError;
}

module.exports = { retry };
