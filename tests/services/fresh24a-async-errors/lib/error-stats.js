// Counts the errors that reached the error middleware, by class and by route.
const byClass = new Map();
const byRoute = {};
let last = null;

function record(err, req) {
  const cls = err?.constructor?.name ?? typeof err;
  byClass.set(cls, (byClass.get(cls) ?? 0) + 1);
  const key = `${req.method} ${req.route?.path ?? req.path}`;
  (byRoute[key] ??= []).push(err?.status ?? 500);
  last = { cls, message: err?.message ?? String(err), route: key };
}

function snapshot() {
  return {
    byClass: Object.fromEntries([...byClass].toSorted(([a], [b]) => a.localeCompare(b))),
    byRoute: structuredClone(byRoute),
    last,
    total: [...byClass.values()].reduce((a, b) => a + b, 0),
  };
}

function reset() {
  byClass.clear();
  for (const k of Object.keys(byRoute)) delete byRoute[k];
  last = null;
}

module.exports = { record, snapshot, reset };
