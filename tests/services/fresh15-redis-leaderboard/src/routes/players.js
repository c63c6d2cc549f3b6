const { Router } = require('express');
const createError = require('http-errors');
const board = require('../lib/board');

const router = Router();

router.post('/', async (req, res) => {
  const name = typeof req.body.name === 'string' ? req.body.name.trim() : '';
  if (name.length < 2) throw createError(400, 'name must have 2 characters or more');
  if (await board.nameTaken(name)) throw createError(409, `${name} is taken`);
  res.status(201).json(await board.addPlayer(name));
});

router.get('/:id', async (req, res) => {
  const player = await board.player(req.params.id);
  if (!player) throw createError(404, 'no such player');
  res.json({ ...player, standing: await board.rank(req.params.id) });
});

module.exports = router;
