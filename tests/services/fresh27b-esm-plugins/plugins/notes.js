import { Router } from 'express';
import { hooks } from '../lib/hooks.js';

export default function notes({ prefix = '/notes', maxLength = 40 } = {}) {
  const items = [];
  let nextId = 1;
  const router = Router();

  router.post(prefix, async (req, res) => {
    const note = await hooks.run('save', { text: String(req.body?.text ?? '') }, (doc) => {
      if (doc.text.length > maxLength) throw Object.assign(new Error('too long'), { status: 422 });
      const saved = { id: nextId++, ...doc };
      items.push(saved);
      return saved;
    });
    res.status(201).json(note);
  });
  router.get(prefix, (req, res) => res.json(items));
  router.get(`${prefix}/:id`, (req, res) => {
    const note = items.find((n) => n.id === Number(req.params.id));
    if (!note) return res.status(404).json({ error: 'no such note' });
    res.json(note);
  });
  return router;
}
