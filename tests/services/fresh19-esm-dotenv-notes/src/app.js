import express from 'express';
import * as notes from './notes.js';
import { config } from './config.js';

export const app = express();
app.use(express.json());

app.get('/', (req, res) => res.json({ name: config.appName, pageSize: config.pageSize, pinning: config.pinning }));
app.post('/notes', (req, res) => res.status(201).json(notes.add(req.body.text)));
app.get('/notes', (req, res) => res.json(notes.page(Number(req.query.page) || 1)));
app.post('/notes/:n/pin', (req, res) => {
  const note = notes.pin(Number(req.params.n));
  if (!note) return res.status(404).json({ error: 'no such note' });
  res.json(note);
});
app.use((err, req, res, next) => res.status(err.status ?? 500).json({ error: err.message }));
