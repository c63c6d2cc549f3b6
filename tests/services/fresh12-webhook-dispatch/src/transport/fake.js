// Pretends to POST: a URL containing "flaky-N" fails its first N attempts; "dead" always fails.
const attempts = new Map();

async function send(url, payload) {
  const n = (attempts.get(url) ?? 0) + 1;
  attempts.set(url, n);
  await Promise.resolve();
  const flaky = /flaky-(\d+)/.exec(url);
  if (url.includes('dead') || (flaky && n <= Number(flaky[1]))) {
    const err = new Error(`503 from ${url}`);
    err.code = 'E_UPSTREAM';
    throw err;
  }
  return { status: 200, bytes: JSON.stringify(payload).length };
}

module.exports = { send, attempts: () => Object.fromEntries(attempts) };
