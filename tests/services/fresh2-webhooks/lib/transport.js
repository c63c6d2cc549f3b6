// A fake HTTP transport: deterministic outcomes by target name, asynchronous
// like a real request (resolves on a later turn of the event loop).
const attemptsByTarget = new Map();

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function post(target, body) {
  const attempt = (attemptsByTarget.get(target) ?? 0) + 1;
  attemptsByTarget.set(target, attempt);
  await sleep(0);
  if (target.startsWith('down')) throw Object.assign(new Error(`${target} unreachable`), { code: 'ECONNREFUSED' });
  if (target.startsWith('flaky') && attempt % 2 === 1) {
    throw Object.assign(new Error(`${target} timed out`), { code: 'ETIMEDOUT' });
  }
  return { status: 200, target, bytes: JSON.stringify(body).length };
}

module.exports = { post, attempts: () => Object.fromEntries(attemptsByTarget) };
