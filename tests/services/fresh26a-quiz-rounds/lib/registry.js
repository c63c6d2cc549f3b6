const { Game } = require('./game');

const games = new Map();
const history = [];

function createGame(options) {
  const game = new Game(options);
  games.set(game.id, game);
  return game;
}

function roundClosed(game, round) {
  history.push({ game: game.id, round: round.n, closedBy: round.closedBy, answered: round.answers.size });
}

module.exports = { games, history, createGame, roundClosed };
