import 'express-async-errors';
import express from 'express';
import cookieParser from 'cookie-parser';
import { ZodError } from 'zod';

import authRoutes from './routes/auth.js';
import noteRoutes from './routes/notes.js';
import adminRoutes from './routes/admin.js';
import { HttpError } from './errors.js';

export const app = express();

app.set('trust proxy', false);
app.use(express.json());
app.use(cookieParser());

app.use('/auth', authRoutes);
app.use('/notes', noteRoutes);
app.use('/admin', adminRoutes);

app.use((req, res) => res.status(404).json({ error: 'not_found' }));

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  if (err instanceof ZodError) {
    return res.status(400).json({
      error: 'invalid_body',
      issues: err.issues.map(({ path, message }) => ({ path: path.join('.'), message })),
    });
  }
  if (err instanceof HttpError) {
    return res.status(err.status).json({ error: err.code, message: err.message });
  }
  console.error(err);
  return res.status(500).json({ error: 'internal' });
});
