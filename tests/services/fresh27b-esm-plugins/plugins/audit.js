import { hooks } from '../lib/hooks.js';

export default function audit({ limit = 3 } = {}) {
  const trail = [];
  let dropped = 0;
  hooks.after('save', (doc) => {
    trail.push(`saved ${doc.id}:${doc.slug}`);
    if (trail.length > limit) { trail.shift(); dropped++; }
  });
  return function auditRoutes(req, res, next) {
    if (req.method === 'GET' && req.path === '/_audit') return res.json({ trail, dropped });
    next();
  };
}
