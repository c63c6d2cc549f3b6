// A URL rewriting gateway: an upstream base `new URL(...)` and default query parameters `new URLSearchParams(...)`
// held by the module (the defaults changed by an admin route), rules kept in a Map and matched in order with a
// labeled loop, each rewrite built with URL/URLSearchParams (path prefixes swapped, parameters renamed, dropped
// or added), a class of rules with a static block and a private `#compile`, `??=` for per-rule hit counters,
// Headers-like forwarding through `new Headers()`, a TextEncoder measuring rewritten URLs.
'use strict';
const express = require('express');
const { format } = require('node:util');

const upstream = new URL('https://internal.example.net:8443/api/v2/');
const defaults = new URLSearchParams('client=gateway&v=2');
const encoder = new TextEncoder();
const hits = {};

class Rule {
  static #seq;
  static kinds;

  static {
    Rule.#seq = 0;
    Rule.kinds = new Set(['prefix', 'rename', 'drop', 'add']);
  }

  #pattern;

  constructor({ kind, from, to, param, value }) {
    if (!Rule.kinds.has(kind)) throw new RangeError(format('unknown rule kind %j', kind));
    this.id = ++Rule.#seq;
    Object.assign(this, { kind, from: from ?? null, to: to ?? null, param: param ?? null, value: value ?? null });
    this.#pattern = this.#compile();
  }

  #compile() {
    return this.kind === 'prefix' ? new RegExp(`^${this.from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) : null;
  }

  applies(url) {
    if (this.kind === 'prefix') return this.#pattern.test(url.pathname);
    return this.kind === 'add' || url.searchParams.has(this.param ?? this.from);
  }

  apply(url) {
    switch (this.kind) {
      case 'prefix':
        url.pathname = url.pathname.replace(this.#pattern, this.to);
        break;
      case 'rename': {
        const values = url.searchParams.getAll(this.from);
        url.searchParams.delete(this.from);
        for (const v of values) url.searchParams.append(this.to, v);
        break;
      }
      case 'drop':
        url.searchParams.delete(this.param);
        break;
      case 'add':
        url.searchParams.set(this.param, this.value);
        break;
    }
  }
}

const rules = new Map();

function rewrite(original) {
  const work = new URL(original, 'http://gateway.local');
  const applied = [];
  let passes = 0;
  rewriting: while (passes++ < 3) {
    for (const rule of rules.values()) {
      if (rule.kind === 'prefix' && applied.includes(rule.id)) continue;
      if (!rule.applies(work)) continue;
      if (rule.kind === 'prefix') {
        rule.apply(work);
        applied.push(rule.id);
        continue rewriting; // a new path: the rules again from the first
      }
      rule.apply(work);
      applied.push(rule.id);
    }
    break;
  }
  const out = new URL(work.pathname.replace(/^\//, ''), upstream);
  for (const [k, v] of work.searchParams) out.searchParams.append(k, v);
  for (const [k, v] of defaults) if (!out.searchParams.has(k)) out.searchParams.set(k, v);
  out.searchParams.sort();
  for (const id of applied) hits[id] = (hits[id] ?? 0) + 1;
  return { url: out, applied };
}

const app = express();
app.use(express.json());

app.post('/rules', (req, res) => {
  try {
    const rule = new Rule(req.body);
    rules.set(rule.id, rule);
    res.status(201).json(rule);
  } catch (err) {
    res.status(400).json({ error: err.message, name: err.name });
  }
});

app.delete('/rules/:id', (req, res) => {
  res.status(rules.delete(Number(req.params.id)) ? 204 : 404).end();
});

app.put('/defaults', (req, res) => {
  for (const [k, v] of Object.entries(req.body)) {
    if (v === null) defaults.delete(k);
    else defaults.set(k, String(v));
  }
  res.json({ defaults: defaults.toString() });
});

app.get('/upstream', (_req, res) => {
  res.json({ origin: upstream.origin, path: upstream.pathname, port: upstream.port, defaults: Object.fromEntries(defaults) });
});

app.all('/gw/*', (req, res) => {
  const { url, applied } = rewrite(req.originalUrl.slice(3));
  const headers = new Headers({ 'x-forwarded-host': req.hostname ?? 'unknown' });
  headers.append('x-rewrite', applied.join(',') || 'none');
  res.set('x-upstream', url.href);
  res.set('x-upstream-bytes', String(encoder.encode(url.href).length));
  res.json({ method: req.method, upstream: url.href, applied, forwarded: [...headers.keys()] });
});

app.get('/hits', (_req, res) => res.json(hits));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
