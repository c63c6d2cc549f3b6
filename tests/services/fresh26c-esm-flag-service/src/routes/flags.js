import express from 'express';
import { registry } from '#lib/registry';

const router = express.Router();

router.get('/', (req, res) => {
  res.json(registry.list().map(({ key, enabled, rollout, rules }) => ({ key, enabled, rollout, rules: rules.length })));
});

router.post('/', (req, res) => {
  res.status(201).json(registry.create(req.body));
});

router.post('/:key/toggle', (req, res) => {
  res.json(registry.toggle(req.params.key));
});

router.put('/:key/rollout', (req, res) => {
  res.json(registry.setRollout(req.params.key, req.body?.rollout));
});

router.put('/:key/rules/:index', (req, res) => {
  res.json(registry.replaceRule(req.params.key, Number(req.params.index), req.body));
});

router.delete('/:key/rules/:index', (req, res) => {
  res.json(registry.dropRule(req.params.key, Number(req.params.index)));
});

export default router;
