import { Router } from 'express';
import { hits, lastPath, log, reset } from '../state/index.js';
import * as settings from '../state/settings.js';

export const stats = Router();

stats.get('/', (req, res) => {
  res.json({ hits, lastPath, log, mode: settings.mode });
});

stats.delete('/', (req, res) => {
  reset();
  res.json({ hits, lastPath, log });
});
