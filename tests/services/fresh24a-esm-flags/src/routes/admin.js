import express from 'express';
import { Flag } from '../flags/flag.js';
import { audit, auditLog } from '../flags/audit.js';

export const admin = express.Router();
admin.use(express.urlencoded());
admin.use(express.json());

admin.use((req, res, next) => {
  req.actor = req.get('x-actor');
  if (!req.actor) return res.status(401).json({ error: 'x-actor header required' });
  next();
});

admin.post('/flags', (req, res) => {
  const { key, ...options } = req.body ?? {};
  if (!key) return res.status(400).json({ error: 'key required' });
  if (Flag.get(key)) return res.status(409).json({ error: `${key} exists` });
  if ('rollout' in options) options.rollout = Number(options.rollout);
  const flag = new Flag(key, options);
  audit(req.actor, 'create', key);
  res.status(201).json(flag);
});

// An HTML form posts here and is sent back where it came from.
admin.post('/flags/:key/toggle', (req, res) => {
  const flag = Flag.get(req.params.key);
  if (!flag) return res.status(404).json({ error: 'no flag' });
  flag.enabled = !flag.enabled;
  if (req.body?.rollout !== undefined) flag.rollout = Number(req.body.rollout);
  audit(req.actor, flag.enabled ? 'enable' : 'disable', flag.key, { rollout: flag.rollout });
  res.redirect(req.get('Referrer') ?? '/admin/flags');
});

admin.put('/flags/:key/overrides/:user', (req, res) => {
  const flag = Flag.get(req.params.key);
  if (!flag) return res.status(404).json({ error: 'no flag' });
  flag.override(req.params.user, req.body?.on ?? null);
  audit(req.actor, 'override', flag.key, { user: req.params.user, on: req.body?.on ?? null });
  res.json(flag);
});

admin.delete('/flags/:key', (req, res) => {
  const removed = Flag.remove(req.params.key);
  if (removed) audit(req.actor, 'delete', req.params.key);
  res.sendStatus(removed ? 204 : 404);
});

admin.get('/flags', (req, res) => res.json(Flag.all()));
admin.get('/audit', (req, res) => res.json(auditLog(req.query)));
