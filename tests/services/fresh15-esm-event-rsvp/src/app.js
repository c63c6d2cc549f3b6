import express from 'express';
import { router } from './routes/events.js';

export const app = express();

app.use(express.json());
app.use(router);
app.use((err, req, res, next) => {
  if (!err.status) return next(err);
  return res.status(err.status).json({ error: err.message });
});
