import { Router } from 'express';

// Counts requests per path prefix; exposes its counters on a route of its own.
export default function visits({ mount = '/_visits', only = [] } = {}) {
  const counts = Object.create(null);
  const router = Router();
  router.use((req, res, next) => {
    const top = '/' + (req.path.split('/')[1] ?? '');
    if (only.length === 0 || only.includes(top)) counts[top] = (counts[top] ?? 0) + 1;
    next();
  });
  router.get(mount, (req, res) => res.json({ ...counts }));
  return router;
}
