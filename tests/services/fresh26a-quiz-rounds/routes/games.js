const express = require('express');
const { games, createGame, roundClosed, history } = require('../lib/registry');
const { GameError } = require('../lib/game');

const router = express.Router();

router.param('gameId', (req, res, next, id) => {
  req.game = games.get(id);
  req.game ? next() : next(new GameError(`game ${id} not found`, 404));
});

router.post('/', (req, res) => {
  const game = createGame({ rounds: req.body?.rounds, roundMs: req.body?.roundMs, category: req.body?.category });
  res.status(201).json({ id: game.id, questions: game.questions.length });
});

router.post('/:gameId/players', (req, res) => {
  res.json({ players: req.game.join(req.body?.name ?? 'anon') });
});

router.post('/:gameId/rounds', (req, res) => {
  res.status(201).json(req.game.nextRound(roundClosed));
});

router.post('/:gameId/answers', async (req, res) => {
  const { player, choice } = req.body ?? {};
  const result = req.game.answer(player, choice);
  if (!result.open) history.push({ game: req.game.id, round: req.game.current.n, closedBy: 'everyone', answered: result.received });
  res.json(result);
});

router.get('/:gameId/rounds/:n', (req, res) => {
  const round = req.game.rounds[Number(req.params.n) - 1];
  if (!round) throw new GameError('no such round', 404);
  res.json({
    round: round.n,
    open: round.open,
    closedBy: round.closedBy,
    answers: Object.fromEntries(round.answers),
    correct: round.open ? null : round.question.choices[round.question.answer],
  });
});

router.get('/:gameId/scoreboard', (req, res) => {
  res.json({ finished: req.game.finished, rounds: req.game.rounds.length, board: req.game.scoreboard() });
});

module.exports = router;
