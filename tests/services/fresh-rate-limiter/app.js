// A token-bucket rate limiter as middleware: buckets per API key in a Map, refilled
// by an explicit admin route (no clocks), X-RateLimit-* headers, 429 answers.
const express = require('express');

class TokenBucket {
  constructor(capacity) {
    this.capacity = capacity;
    this.tokens = capacity;
    this.denied = 0;
  }

  take() {
    if (this.tokens === 0) {
      this.denied++;
      return false;
    }
    this.tokens--;
    return true;
  }

  refill(n = this.capacity) {
    this.tokens = Math.min(this.capacity, this.tokens + n);
  }
}

function rateLimit({ capacity, keyOf }) {
  const buckets = new Map();
  const middleware = (req, res, next) => {
    const key = keyOf(req);
    if (!buckets.has(key)) buckets.set(key, new TokenBucket(capacity));
    const bucket = buckets.get(key);
    const allowed = bucket.take();
    res.set('X-RateLimit-Limit', String(capacity));
    res.set('X-RateLimit-Remaining', String(bucket.tokens));
    if (!allowed) return res.status(429).json({ error: 'too many requests', denied: bucket.denied });
    next();
  };
  middleware.buckets = buckets;
  return middleware;
}

const limiter = rateLimit({ capacity: 3, keyOf: (req) => req.get('x-api-key') ?? 'anonymous' });
const app = express();
let served = 0;

app.post('/admin/refill/:key', (req, res) => {
  const bucket = limiter.buckets.get(req.params.key);
  bucket?.refill(Number(req.query.n) || undefined);
  res.json({ key: req.params.key, tokens: bucket?.tokens ?? null });
});

app.use(limiter);

app.get('/quote', (req, res) => {
  served += 1;
  res.json({ quote: `quote #${served}`, key: req.get('x-api-key') ?? null });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
