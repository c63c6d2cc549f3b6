import { Router } from 'express';
import { z } from 'zod';
import { getBoard, closeSeason, archive } from '../lib/boards.js';

const router = Router({ mergeParams: true });

const Submission = z.object({
  name: z.string().regex(/^[a-z0-9_]{2,16}$/i),
  score: z.number().int().nonnegative(),
  mode: z.enum(['best', 'add']).default('best'),
});

const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  size: z.coerce.number().int().min(1).max(5).default(3),
});

const board = (req, res, next) => {
  req.board = getBoard(req.params.game);
  if (!req.board) return res.status(404).json({ error: `no board for ${req.params.game}` });
  next();
};

router.post('/scores', async (req, res) => {
  const body = Submission.parse(req.body);
  const result = getBoard(req.params.game, true).submit(body.name.toLowerCase(), body.score, body.mode);
  res.status(result.games === 1 ? 201 : 200).json(result);
});

router.get('/', board, (req, res) => {
  const { page, size } = PageQuery.parse(req.query);
  const pages = Math.max(1, Math.ceil(req.board.size / size));
  if (page > pages) return res.status(404).json({ error: `page ${page} of ${pages}` });
  res.set('X-Total-Count', String(req.board.size)).json({ page, pages, rows: req.board.page((page - 1) * size, size) });
});

router.get('/players/:name', board, (req, res) => {
  const near = req.board.around(req.params.name.toLowerCase(), Number(req.query.radius ?? 1));
  near ? res.json({ rank: req.board.rankOf(req.params.name.toLowerCase()), near }) : res.status(404).json({ error: 'unranked' });
});

router.delete('/players/:name', board, (req, res) => {
  res.json({ removed: req.board.remove(req.params.name), size: req.board.size });
});

router.post('/season/close', (req, res) => {
  const season = closeSeason(req.params.game);
  if (!season) return res.status(404).json({ error: 'nothing to close' });
  res.json({ season: season.season, podium: season.podium.map(({ rank, name, score }) => `${rank}. ${name} (${score})`) });
});

router.get('/seasons', (req, res) => {
  res.json(archive.filter((a) => a.game === req.params.game).map(({ season, entries }) => ({ season, players: entries.length, top: entries[0]?.name })));
});

export default router;
