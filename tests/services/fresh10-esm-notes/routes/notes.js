import { Router } from 'express';
import repo from '../services/noteRepo.js';

const router = Router();

router.param('id', (req, res, next, id) => {
  try {
    res.locals.note = repo.get(Number(id));
    next();
  } catch (err) {
    next(err);
  }
});

router.get('/', (req, res) => {
  const { tag, q, page = '1', per = '2' } = req.query;
  const all = repo.list({ tag, q });
  const start = (Number(page) - 1) * Number(per);
  res.set('X-Total-Count', String(all.length));
  res.json(all.slice(start, start + Number(per)).map((n) => ({ id: n.id, summary: n.summary })));
});

router.post('/', (req, res) => {
  const note = repo.create(req.body);
  res.status(201).location(`/notes/${note.id}`).json(note);
});

router.get('/:id', (req, res) => res.json(res.locals.note));

router.patch('/:id', (req, res) => {
  res.json(repo.update(res.locals.note.id, req.body ?? {}));
});

router.post('/:id/revert', (req, res) => {
  const ok = repo.revert(res.locals.note.id);
  res.status(ok ? 200 : 409).json({ ok, note: res.locals.note });
});

router.delete('/:id', (req, res) => {
  repo.remove(res.locals.note.id);
  res.sendStatus(204);
});

export default router;
