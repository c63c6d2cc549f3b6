import express from 'express';
import { ZodError } from 'zod';

export async function buildApp() {
  const app = express();
  app.use(express.json());
  const mounts = [['/rooms', './routes/rooms.js'], ['/bookings', './routes/bookings.js']];
  const loaded = await Promise.all(mounts.map(([, file]) => import(file)));
  loaded.forEach(({ router }, i) => app.use(mounts[i][0], router));

  app.use((err, req, res, next) => {
    if (err instanceof ZodError) return res.status(400).json({ error: 'validation', paths: err.issues.map((i) => i.path.at(0)) });
    if (err.status) return res.status(err.status).json({ error: err.message, ...(err.cause && { conflictWith: err.cause }) });
    next(err);
  });
  return app;
}
