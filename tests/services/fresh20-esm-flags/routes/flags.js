import { Router } from 'express';
import * as store from '../lib/store.js';

const router = Router();

router.get('/', (req, res) => {
  res.json({ version: store.version, flags: [...store.flags.values()], recent: store.changelog.at(-1) ?? null });
});

router.put('/:name', (req, res) => {
  const { enabled, rollout, overrides } = req.body ?? {};
  if (rollout !== undefined && !(rollout >= 0 && rollout <= 100)) {
    return res.status(400).json({ error: 'rollout must be 0..100' });
  }
  const patch = Object.fromEntries(Object.entries({ enabled, rollout, overrides }).filter(([, v]) => v !== undefined));
  res.json({ version: store.version + 1, flag: store.upsertFlag(req.params.name, patch) });
});

router.delete('/:name', (req, res) => {
  const removed = store.removeFlag(req.params.name);
  res.status(removed ? 200 : 404).json({ removed, version: store.version });
});

router.get('/changelog', (req, res) => res.json(store.changelog));

export default router;
