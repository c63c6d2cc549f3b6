import { Router } from 'express';
import { readFile } from 'node:fs/promises';
import { load, mutate, io } from '../store/fileStore.js';

const router = Router();

router.get('/', async (req, res) => {
  const { notes } = await load();
  const tag = req.query.tag;
  res.json({ notes: tag ? notes.filter((n) => n.tags?.includes(tag)) : notes, io });
});

router.post('/', async (req, res) => {
  const { title, body = '', tags = [] } = req.body ?? {};
  if (!title) return res.status(400).json({ error: 'title required' });
  const note = await mutate((db) => {
    db.seq += 1;
    const n = { id: db.seq, title, body, tags };
    db.notes.push(n);
    return n;
  });
  res.status(201).json(note);
});

router.patch('/:id', async (req, res) => {
  const id = Number(req.params.id);
  const updated = await mutate((db) => {
    const note = db.notes.find((n) => n.id === id);
    if (!note) return null;
    for (const key of ['title', 'body']) if (Object.hasOwn(req.body, key)) note[key] = req.body[key];
    if (req.body.addTag) (note.tags ??= []).push(req.body.addTag);
    return note;
  });
  updated ? res.json(updated) : res.status(404).json({ error: `note ${id} not found` });
});

router.delete('/:id', async (req, res) => {
  const id = Number(req.params.id);
  const removed = await mutate((db) => {
    const i = db.notes.findIndex((n) => n.id === id);
    return i < 0 ? null : db.notes.splice(i, 1)[0];
  });
  removed ? res.status(204).end() : res.sendStatus(404);
});

router.get('/raw', async (req, res) => {
  const text = await readFile(new URL('../../data/notes.json', import.meta.url), 'utf8').catch((e) => e.code);
  res.type('text').send(text);
});

export default router;
