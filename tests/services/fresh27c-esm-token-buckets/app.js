// A rate-limited API in an ES module: limits read by a top-level await (fs/promises + import.meta.url, then a
// timers/promises pause), an abstract Limiter (`new.target`) with a static private registry filled by a static
// block, TokenBucket and FixedWindow subclasses with private methods, static private clocks and `#x in obj` brand
// checks, keys' plans changed with `??=`/`||=`/`&&=`, optional chaining into the plan table.
import express from 'express';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const limits = JSON.parse(await readFile(new URL('./limits.json', import.meta.url), 'utf8'));
await sleep(5);

class Limiter {
  static #registry = new Map();
  static #created = 0;
  static defaultCost;

  static {
    Limiter.defaultCost = limits.costs?.default ?? 1;
  }

  constructor(key) {
    if (new.target === Limiter) throw new TypeError('Limiter is abstract');
    this.key = key;
    this.kind = new.target.name;
    Limiter.#registry.set(key, this);
    Limiter.#created++;
  }

  static for(key) {
    return Limiter.#registry.get(key);
  }

  static forget(key) {
    return Limiter.#registry.delete(key);
  }

  static get created() {
    return Limiter.#created;
  }

  static *all() {
    yield* Limiter.#registry.values();
  }
}

class Clock {
  static #now = 0;
  static advance(ms) {
    Clock.#now += ms;
    return Clock.#now;
  }
  static now() {
    return Clock.#now;
  }
}

class TokenBucket extends Limiter {
  #tokens;
  #last;
  #capacity;
  #rate;
  static #refills = 0;

  constructor(key, { capacity, refillPerSec }) {
    super(key);
    this.#capacity = capacity;
    this.#rate = refillPerSec;
    this.#tokens = capacity;
    this.#last = Clock.now();
  }

  #refill() {
    const now = Clock.now();
    const gained = ((now - this.#last) / 1000) * this.#rate;
    if (gained > 0) {
      this.#tokens = Math.min(this.#capacity, this.#tokens + gained);
      TokenBucket.#refills++;
    }
    this.#last = now;
  }

  take(cost = Limiter.defaultCost) {
    this.#refill();
    if (this.#tokens < cost) {
      const waitMs = Math.ceil(((cost - this.#tokens) / this.#rate) * 1000);
      return { ok: false, remaining: Math.floor(this.#tokens), waitMs };
    }
    this.#tokens -= cost;
    return { ok: true, remaining: Math.floor(this.#tokens) };
  }

  resize(capacity) {
    this.#capacity = capacity;
    this.#tokens = Math.min(this.#tokens, capacity);
  }

  static isBucket(o) {
    return typeof o === 'object' && o !== null && #tokens in o;
  }

  static get refills() {
    return TokenBucket.#refills;
  }
}

class FixedWindow extends Limiter {
  #windowMs;
  #max;
  #count = 0;
  #start = Clock.now();

  constructor(key, { max, windowMs }) {
    super(key);
    this.#max = max;
    this.#windowMs = windowMs;
  }

  take() {
    if (Clock.now() - this.#start >= this.#windowMs) {
      this.#start = Clock.now() - ((Clock.now() - this.#start) % this.#windowMs);
      this.#count = 0;
    }
    if (this.#count >= this.#max) return { ok: false, remaining: 0, waitMs: this.#start + this.#windowMs - Clock.now() };
    this.#count++;
    return { ok: true, remaining: this.#max - this.#count };
  }

  static isWindow(o) {
    return #count in o;
  }
}

const keys = new Map(); // api key -> { plan, owner, vip }
const refused = {};

const app = express();
app.use(express.json());

function limiterFor(apiKey) {
  let limiter = Limiter.for(apiKey);
  if (!limiter) {
    const account = keys.get(apiKey);
    const plan = limits.plans[account?.plan] ?? limits.defaults;
    limiter = account?.plan === 'window'
      ? new FixedWindow(apiKey, { max: 2, windowMs: 1000 })
      : new TokenBucket(apiKey, plan);
  }
  return limiter;
}

app.post('/keys', (req, res) => {
  const { key, plan, owner } = req.body;
  const account = keys.get(key) ?? {};
  account.plan ??= plan;
  account.owner ||= owner ?? 'anonymous';
  account.vip = account.plan === 'gold';
  keys.set(key, account);
  res.status(201).json({ key, ...account });
});

app.patch('/keys/:key', (req, res) => {
  const account = keys.get(req.params.key);
  if (!account) return res.status(404).json({ error: 'unknown key' });
  account.plan = req.body.plan ?? account.plan;
  account.vip &&= account.plan === 'gold';
  const limiter = Limiter.for(req.params.key);
  const plan = limits.plans[account.plan];
  if (TokenBucket.isBucket(limiter) && plan) limiter.resize(plan.capacity);
  res.json({ key: req.params.key, ...account, bucket: TokenBucket.isBucket(limiter) });
});

app.post('/clock', (req, res) => {
  res.json({ now: Clock.advance(Number(req.body.ms ?? 0)) });
});

app.use('/api', (req, res, next) => {
  const apiKey = req.get('x-api-key');
  if (!apiKey) return res.status(401).json({ error: 'x-api-key required' });
  const resource = req.path.split('/')[1];
  const cost = limits.costs[resource] ?? Limiter.defaultCost;
  const result = limiterFor(apiKey).take(cost);
  res.set('x-ratelimit-remaining', String(result.remaining));
  if (!result.ok) {
    refused[apiKey] = (refused[apiKey] ?? 0) + 1;
    res.set('x-retry-after-ms', String(result.waitMs));
    return res.status(429).json({ error: 'rate limited', cost });
  }
  next();
});

app.get('/api/:resource', (req, res) => {
  res.json({ resource: req.params.resource, owner: keys.get(req.get('x-api-key'))?.owner ?? null });
});

app.get('/limiters', (_req, res) => {
  const out = [];
  for (const l of Limiter.all()) {
    out.push({ key: l.key, kind: l.kind, bucket: TokenBucket.isBucket(l), window: FixedWindow.isWindow(l) });
  }
  res.json({ created: Limiter.created, refills: TokenBucket.refills, refused, limiters: out });
});

app.delete('/limiters/:key', (req, res) => {
  res.status(Limiter.forget(req.params.key) ? 204 : 404).end();
});

app.get('/abstract', (_req, res) => {
  try {
    new Limiter('x');
    res.json({ made: true });
  } catch (err) {
    res.status(500).json({ error: err.message, type: err.constructor.name });
  }
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
