const { setTimeout: sleep } = require('node:timers/promises');

class RetryError extends Error {
  constructor(attempts, cause) {
    super(`gave up after ${attempts} attempts`, { cause });
    this.name = 'RetryError';
    this.attempts = attempts;
  }
}

// Retries `fn` with exponential backoff (base * 2^n ms) until it resolves, the
// attempts run out, or the signal aborts.
async function retry(fn, { attempts = 4, base = 2, signal } = {}) {
  let lastError;
  for (let n = 0; n < attempts; n++) {
    signal?.throwIfAborted();
    try {
      return await fn(n);
    } catch (err) {
      lastError = err;
      if (err.retryable === false) break;
      await sleep(base * 2 ** n);
    }
  }
  throw new RetryError(lastError?.attempt ?? attempts, lastError);
}

module.exports = { retry, RetryError };
