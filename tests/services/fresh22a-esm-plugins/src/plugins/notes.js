import { Router } from 'express';

export const notes = [];
let nextId = 1;
let rejected = 0;

export function register(app, ctx) {
  const router = Router();
  router.get('/', (req, res) => res.json(notes));
  router.post('/', async (req, res) => {
    const text = String(req.body?.text ?? '').trim();
    const verdicts = await ctx.emit('note:validate', text);
    if (!text || verdicts.includes(false) || notes.length >= ctx.settings.notesLimit) {
      rejected++;
      return res.status(422).json({ error: 'note rejected', rejected });
    }
    const note = { id: nextId++, text };
    notes.push(note);
    await ctx.emit('note:added', note);
    res.status(201).json(note);
  });
  app.use('/notes', router);
  ctx.registry.push({ plugin: 'notes', stats: () => ({ notes: notes.length, rejected }) });
}

export const name = 'notes';
