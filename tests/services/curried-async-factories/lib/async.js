// Async higher-order functions: a memoized async loader keeping its promises in a Map (one load
// per key, even for callers waiting at once), an async middleware factory counting across awaits,
// hooks run by a function of a rest parameter, a partial made with bind.
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function memoAsync(load) {
  const pending = new Map();
  let loads = 0;
  const get = (key) => {
    if (!pending.has(key)) {
      loads += 1;
      pending.set(key, load(key).catch((err) => {
        pending.delete(key);
        throw err;
      }));
    }
    return pending.get(key);
  };
  get.loads = () => loads;
  get.forget = (key) => pending.delete(key);
  return get;
}

export default function timed({ label, store }) {
  let started = 0;
  let finished = 0;
  return async (req, res, next) => {
    started += 1;
    const n = started;
    await sleep(2);
    finished += 1;
    store.push(`${label}#${n} ${started - finished} open`);
    res.set('x-seq', String(n));
    next();
  };
}

export const runAll = (...hooks) => (event) => {
  const out = [];
  hooks.forEach((hook) => out.push(hook(event)));
  return out;
};

export function tagWith(prefix, sep, value) {
  return `${prefix}${sep}${value}`;
}
