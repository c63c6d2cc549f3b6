// Header policies per route prefix, kept as Headers objects and merged at request time.
const defaults = new Headers({
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
});

const policies = new Map(); // prefix -> Headers
const applied = new Map(); // prefix -> times applied

function define(prefix, entries) {
  const headers = new Headers(policies.get(prefix));
  for (const [name, value] of entries) {
    if (name.startsWith('+')) headers.append(name.slice(1), value);
    else if (value === null) headers.delete(name);
    else headers.set(name, value);
  }
  policies.set(prefix, headers);
  return headers;
}

function resolve(path) {
  const merged = new Headers(defaults);
  const prefixes = [...policies.keys()].filter((p) => path.startsWith(p)).toSorted((a, b) => a.length - b.length);
  for (const prefix of prefixes) {
    applied.set(prefix, (applied.get(prefix) ?? 0) + 1);
    for (const [name, value] of policies.get(prefix)) merged.set(name, value);
  }
  return merged;
}

function snapshot() {
  const out = {};
  for (const [prefix, headers] of policies) out[prefix] = Object.fromEntries(headers.entries());
  return { defaults: Object.fromEntries(defaults), policies: out, applied: Object.fromEntries(applied) };
}

module.exports = { define, resolve, snapshot, defaults };
