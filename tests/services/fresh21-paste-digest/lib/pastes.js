const { sha256hex } = require('./hash');

const byHash = new Map();
const stats = { stored: 0, deduplicated: 0, reads: 0, bytes: 0 };
const decoder = new TextDecoder('utf-8', { fatal: true });

async function store(text, meta) {
  const hash = await sha256hex(text);
  const key = hash.slice(0, 12);
  if (byHash.has(key)) {
    stats.deduplicated++;
    byHash.get(key).meta.copies++;
    return { key, existed: true };
  }
  const bytes = new TextEncoder().encode(text);
  byHash.set(key, { bytes, meta: { ...meta, copies: 1, length: bytes.byteLength } });
  stats.stored++;
  stats.bytes += bytes.byteLength;
  return { key, existed: false };
}

function read(key) {
  const entry = byHash.get(key);
  if (!entry) return null;
  stats.reads++;
  // hand out a copy: callers decorate it
  return { text: decoder.decode(entry.bytes), meta: structuredClone(entry.meta) };
}

module.exports = { store, read, stats, keys: () => [...byHash.keys()] };
