import { Router } from 'express';
import { Flag } from '../flags/flag.js';

export const evaluate = Router();
const seenUsers = new Set();

evaluate.get('/:user{/:key}', (req, res) => {
  const { user, key } = req.params;
  seenUsers.add(user);
  const flags = key ? [Flag.get(key)].filter(Boolean) : Flag.all();
  if (key && !flags.length) return res.status(404).json({ error: `unknown flag ${key}` });
  const result = Object.fromEntries(flags.map((f) => [f.key, f.evaluate(user)]));
  res.json({ user, result, users: seenUsers.size });
});
