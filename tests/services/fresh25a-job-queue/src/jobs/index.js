// Job handlers; `flaky` fails until its third attempt, as a remote API would.
const sent = [];
const thumbnails = new Map();

module.exports = {
  sent,
  thumbnails,
  async email({ to, subject }) {
    sent.push(`${to}: ${subject}`);
    return { delivered: sent.length };
  },
  async thumbnail({ file, width }) {
    if (!width) throw new Error('width required');
    const name = `${file.replace(/\.\w+$/, '')}_${width}.webp`;
    thumbnails.set(file, name);
    return { name };
  },
  async flaky({ label }, attempt) {
    if (attempt < 3) throw new Error(`${label} timed out (attempt ${attempt})`);
    return { label, ok: true };
  },
};
