// A tiny response cache in the style of the Cache API: entries are Response objects, handed out
// as clones so the stored body can be read again.
const entries = new Map(); // key -> { response, hits, storedAt }
const stats = { hits: 0, misses: 0, evictions: 0 };
const MAX = 3;
let tick = 0;

async function match(key) {
  const entry = entries.get(key);
  if (!entry) {
    stats.misses++;
    return undefined;
  }
  stats.hits++;
  entry.hits++;
  entry.usedAt = ++tick;
  return entry.response.clone();
}

function put(key, response) {
  if (entries.size >= MAX && !entries.has(key)) {
    const [oldest] = [...entries].toSorted((a, b) => a[1].usedAt - b[1].usedAt);
    entries.delete(oldest[0]);
    stats.evictions++;
  }
  entries.set(key, { response: response.clone(), hits: 0, usedAt: ++tick });
}

function keys() {
  return [...entries].map(([k, e]) => ({ key: k, hits: e.hits, status: e.response.status, type: e.response.headers.get('content-type') }));
}

module.exports = { match, put, keys, stats, remove: (k) => entries.delete(k) };
