import express from 'express';
import { router } from './routes/contacts.js';

export const app = express();

app.use(router);
app.use((err, req, res, next) => {
  console.error(err);
  res.status(500).json({ error: 'import failed' });
});
