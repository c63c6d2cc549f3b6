const express = require('express');
const config = require('../config');

function notesRouter({ db, audit }) {
  const router = express.Router();
  const key = (id) => `${config.prefix}note:${id}`;

  router.post('/', async (req, res, next) => {
    try {
      const id = await db().incr(`${config.prefix}next-id`);
      await db().hSet(key(id), { title: req.body.title ?? 'untitled', body: req.body.body ?? '' });
      audit.record('create', id);
      res.status(201).json({ id });
    } catch (err) { next(err); }
  });

  router.get('/:id', async (req, res, next) => {
    try {
      const note = await db().hGetAll(key(req.params.id));
      if (!Object.keys(note).length) return res.status(404).json({ error: 'no such note' });
      audit.record('read', Number(req.params.id));
      res.json({ id: Number(req.params.id), ...note });
    } catch (err) { next(err); }
  });

  router.delete('/:id', async (req, res, next) => {
    try {
      const removed = await db().del(key(req.params.id));
      audit.record('delete', Number(req.params.id));
      res.json({ removed });
    } catch (err) { next(err); }
  });

  return router;
}

module.exports = notesRouter;
