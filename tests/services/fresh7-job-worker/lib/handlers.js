const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

module.exports = {
  async wordcount({ text = '' }) {
    await sleep(5);
    const words = text.split(/\s+/).filter(Boolean);
    return { words: words.length, longest: words.reduce((a, w) => (w.length > a.length ? w : a), '') };
  },

  async thumbnail({ width, height, max = 128 }) {
    if (!width || !height) throw new Error('width and height are required');
    await sleep(5);
    const scale = Math.min(1, max / Math.max(width, height));
    return { width: Math.round(width * scale), height: Math.round(height * scale) };
  },

  // Fails its first `failTimes` attempts, like a flaky remote call.
  async deliver({ to, failTimes = 0 }, job) {
    await sleep(2);
    if (job.attempts <= failTimes) throw new Error(`smtp refused (attempt ${job.attempts})`);
    return { delivered: to, after: job.attempts };
  },
};
