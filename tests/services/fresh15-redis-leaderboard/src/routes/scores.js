const { Router } = require('express');
const createError = require('http-errors');
const board = require('../lib/board');
const throttle = require('../lib/throttle');
const config = require('../config');

const router = Router();

router.post('/', throttle((req) => req.body.playerId), async (req, res) => {
  const { playerId, points } = req.body;
  if (!Number.isInteger(points) || points <= 0 || points > config.maxScorePerSubmit) {
    throw createError(422, `points must be an integer in 1..${config.maxScorePerSubmit}`);
  }
  if (!(await board.player(playerId))) throw createError(404, 'no such player');
  const total = await board.submit(playerId, points);
  res.json({ playerId, total });
});

module.exports = router;
