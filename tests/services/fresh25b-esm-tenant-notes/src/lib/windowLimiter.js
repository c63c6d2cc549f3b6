import { Throttled } from './errors.js';

// Fixed-window write limiter per tenant, on the injected clock.
export function windowLimiter({ clock, windowMs, limits }) {
  const windows = new Map();
  return function limitWrites(req, res, next) {
    if (req.method === 'GET') return next();
    const tenant = req.auth.tenant;
    const windowStart = clock.now() - (clock.now() % windowMs);
    let w = windows.get(tenant);
    if (!w || w.start !== windowStart) {
      w = { start: windowStart, used: 0 };
      windows.set(tenant, w);
    }
    const limit = limits[tenant] ?? limits.default;
    w.used += 1;
    res.set('X-Write-Remaining', String(Math.max(0, limit - w.used)));
    if (w.used > limit) return next(new Throttled(`tenant ${tenant} is limited to ${limit} writes a minute`));
    return next();
  };
}
