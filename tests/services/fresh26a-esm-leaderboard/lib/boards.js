import { Leaderboard } from './leaderboard.js';

export const boards = new Map();
export const archive = [];

export const getBoard = (game, create = false) => {
  if (!boards.has(game) && create) boards.set(game, new Leaderboard());
  return boards.get(game);
};

export function closeSeason(game) {
  const board = boards.get(game);
  if (!board) return null;
  const podium = [...board].filter((e) => e.rank <= 3);
  archive.push({ game, season: archive.filter((a) => a.game === game).length + 1, podium, entries: board.snapshot() });
  boards.delete(game);
  return archive.at(-1);
}
