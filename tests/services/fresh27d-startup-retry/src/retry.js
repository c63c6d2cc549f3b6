const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function withRetry(task, { retries = 5, baseMs = 10, onRetry } = {}) {
  let lastError;
  for (let attempt = 1; attempt <= retries; attempt++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
      onRetry?.(err, attempt);
      await wait(baseMs * 2 ** (attempt - 1));
    }
  }
  throw lastError;
}

module.exports = { withRetry, wait };
