module.exports = function createRetrier({ baseMs = 20, factor = 2, maxAttempts = 3 } = {}) {
  let scheduled = 0;
  return {
    maxAttempts,
    backoff: (attempt) => baseMs * factor ** (attempt - 1),
    schedule(fn, attempt) {
      scheduled++;
      setTimeout(fn, this.backoff(attempt));
    },
    get scheduled() {
      return scheduled;
    },
  };
};
