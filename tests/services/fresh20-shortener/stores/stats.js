const clicks = new Map(); // code -> Map(referrer -> count)
const created = [];

function record(code, referrer) {
  let perRef = clicks.get(code);
  if (!perRef) clicks.set(code, (perRef = new Map()));
  perRef.set(referrer, (perRef.get(referrer) ?? 0) + 1);
}

function byReferrer(code) {
  return Object.fromEntries(clicks.get(code) ?? []);
}

function top() {
  return [...clicks]
    .map(([code, refs]) => [code, [...refs.values()].reduce((a, b) => a + b, 0)])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .at(0)?.[0] ?? null;
}

module.exports = { record, byReferrer, top, created };
