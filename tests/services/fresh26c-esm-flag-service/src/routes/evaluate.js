import express from 'express';
import { stats, bucket } from 'flagd-lite/rules';
import { registry } from '#lib/registry';

const router = express.Router();
const seenUsers = new Set();

router.post('/', (req, res) => {
  const { flags = [], context = {} } = req.body ?? {};
  if (context.userId) seenUsers.add(context.userId);
  const results = Object.fromEntries(flags.map((key) => [key, registry.evaluate(key, context)]));
  res.json(results);
});

router.get('/stats', (req, res) => {
  res.json({ ...stats, users: seenUsers.size, sample: bucket('new-checkout', 'u-1') });
});

export default router;
