import { Router } from 'express';
import { z } from 'zod';
import * as board from '#board';
import { feed, events, BoardEvents } from '#feed';
import config from '#config';

const NewTask = z.object({
  title: z.string().trim().min(3),
  points: z.number().optional(),
  tags: z.array(z.string()).max(3).optional(),
});

const router = Router();
const snapshots = [];

router.get('/', (req, res) => {
  res.json({ board: config.name, theme: process.env.BOARD_THEME ?? 'light', wip: config.wipLimit, columns: board.columns(), emitted: events.emitted, emitters: BoardEvents.instances });
});

router.post('/tasks', (req, res) => {
  const input = NewTask.parse(req.body);
  res.status(201).json(board.add(input));
});

router.get('/tasks/:id', (req, res) => res.json(board.get(req.params.id)));
router.post('/tasks/:id/move', (req, res) => res.json(board.move(req.params.id, req.body?.to)));
router.post('/tasks/:id/priority', (req, res) => res.json({ order: board.prioritize(req.params.id, Number(req.body?.index ?? 0)) }));
router.put('/tasks/:id/tags/:i', (req, res) => res.json(board.retag(req.params.id, Number(req.params.i), req.body?.tag)));
router.delete('/tasks/:id', (req, res) => {
  board.remove(req.params.id);
  res.status(204).end();
});

router.post('/snapshots', (req, res) => {
  snapshots.push(board.snapshot());
  res.status(201).json({ n: snapshots.length });
});

router.get('/snapshots/:n', (req, res) => {
  const snap = snapshots.at(Number(req.params.n) - 1);
  snap ? res.json(snap) : res.sendStatus(404);
});

router.get('/feed', async (req, res) => {
  await new Promise((resolve) => setImmediate(resolve));
  res.json(feed);
});

export default router;
