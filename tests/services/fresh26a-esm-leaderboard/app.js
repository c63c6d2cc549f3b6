// Game leaderboards: a class with private sorted entries kept by binary insertion, cached competition ranks,
// an iterator, pages validated by zod (coerced from req.query), neighbours of a player, seasons archived with
// structuredClone snapshots; zod errors thrown in async handlers reach the error middleware.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { ZodError } from 'zod';
import scores from './routes/scores.js';
import { boards } from './lib/boards.js';

const app = express();
app.use(express.json());

app.use('/games/:game', scores);
app.get('/games', (req, res) => {
  res.json(Object.fromEntries([...boards].map(([game, b]) => [game, { players: b.size, writes: b.writes }])));
});

app.use((err, req, res, next) => {
  if (err instanceof ZodError) {
    return res.status(400).json({ error: 'invalid', issues: err.issues.map((i) => `${i.path.join('.')}: ${i.message}`) });
  }
  res.status(500).json({ error: 'internal' });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
