import express from 'express';
import { storeFor, changes, tenants } from '../lib/stores.js';

const router = express.Router();

router.use('/:tenant', (req, res, next) => {
  req.store = storeFor(req.params.tenant.toLowerCase());
  next();
});

router.get('/', (req, res) => res.json({ tenants: tenants(), changes }));

router.get('/:tenant', (req, res) => {
  const { admins, ...rest } = req.store.get();
  res.json({ ...rest, admins: admins.length, lastAdmin: admins.at(-1) ?? null });
});

router.patch('/:tenant', (req, res) => {
  const ops = Array.isArray(req.body) ? req.body : [req.body];
  res.json(req.store.apply(ops));
});

router.get('/:tenant/history', (req, res) => {
  const history = req.store.history();
  const [first, ...rest] = history;
  res.json({ first: first ?? null, rest, lastIncrement: history.findLast((h) => h.startsWith('increment')) ?? null });
});

router.post('/:tenant/undo', (req, res) => {
  req.store.undo() ? res.json(req.store.get()) : res.status(409).json({ error: 'nothing to undo' });
});

export default router;
