import express from 'express';
import { config } from '#core/config';
import { clock } from '#core/clock';
import { TokenBucket } from '#core/buckets';
import * as usage from '#core/usage';

const upstreams = {};
for (const { upstream } of config.routes) {
  upstreams[upstream] ??= await import(`#upstreams/${upstream}`);
}

function authenticate(req, res, next) {
  const key = req.get('x-api-key');
  const account = key && Object.hasOwn(config.keys, key) ? config.keys[key] : undefined;
  if (!account) {
    usage.reject(key ?? '(none)', 'unknown key');
    return res.status(401).json({ error: 'unknown api key' });
  }
  if (account.disabled) {
    usage.reject(account.owner, 'disabled');
    return res.status(403).json({ error: `key of ${account.owner} is disabled` });
  }
  req.account = { ...account, key };
  next();
}

export function createGateway() {
  const app = express();
  app.use(express.json());

  app.post('/_admin/clock', (req, res) => res.json({ now: clock.advance(Number(req.body?.ms ?? 0)) }));
  app.post('/_admin/reset/:key', (req, res) => res.json({ reset: TokenBucket.reset(req.params.key), buckets: TokenBucket.size }));
  app.get('/_admin/usage', (req, res) => res.json({ ...usage.report(), buckets: TokenBucket.size, plans: TokenBucket.plans }));

  for (const route of config.routes) {
    const upstream = upstreams[route.upstream];
    app.use(route.prefix, authenticate, async (req, res, next) => {
      const verdict = TokenBucket.for(req.account.key, req.account.plan).take(route.cost);
      usage.count(req.account.owner, route.prefix, verdict.ok);
      res.set('x-ratelimit-remaining', String(verdict.remaining));
      if (!verdict.ok) {
        usage.reject(req.account.owner, 'rate limited');
        return res.status(429).set('retry-after', String(verdict.retryAfter)).json({ error: 'slow down' });
      }
      try {
        const { status, body } = await upstream.handle({ method: req.method, path: req.path, query: req.query, body: req.body });
        res.set('x-upstream', upstream.name).set('x-gateway', `${process.env.GATEWAY_NAME}@${process.env.GATEWAY_REGION}`);
        body === null ? res.sendStatus(status) : res.status(status).json(body);
      } catch (err) {
        next(new Error('upstream failed', { cause: err }));
      }
    });
  }

  app.use((req, res) => res.status(404).json({ error: 'no route' }));
  return app;
}
