import { Router } from 'express';
import { keys } from '../config/plans.js';
import { Quota } from '../services/quota.js';
import { alerts, rejected } from '../services/alerts.js';
import '../services/alerts.js';

const router = Router();

router.post('/keys/:key/plan', (req, res) => {
  const account = keys.get(req.params.key);
  if (!account) return res.sendStatus(404);
  account.plan = req.body.plan;
  const quota = Quota.registry.get(req.params.key);
  if (quota) quota.plan = req.body.plan;
  res.json({ ...account, quota: quota ?? null });
});

router.post('/keys/:key/reset', (req, res) => {
  const quota = Quota.registry.get(req.params.key);
  quota?.reset();
  res.json(quota ?? { reset: false });
});

router.get('/usage', (req, res) => {
  res.json(structuredClone({ quotas: [...Quota.registry.values()].map((q) => q.toJSON()), alerts, rejected: rejected() }));
});

export default router;
