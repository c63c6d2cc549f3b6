// A notes API configured the way most Express apps are: dotenv loads .env into
// process.env at start, a config module reads and converts the settings once.
require('dotenv').config();
const express = require('express');
const config = require('./config');

const app = express();
app.use(express.json());
const notes = [];

app.get('/', (req, res) => {
  res.json({ name: config.appName, greeting: process.env.GREETING, pageSize: config.pageSize, env: config.env });
});

app.post('/notes', (req, res) => {
  const { text, tags } = req.body;
  if (!text) return res.status(400).json({ error: 'text is required' });
  const note = { id: notes.length + 1, text, ...(config.tags && tags ? { tags } : {}) };
  notes.push(note);
  res.status(201).json(note);
});

app.get('/notes', (req, res) => {
  const page = Math.max(1, Number(req.query.page) || 1);
  const start = (page - 1) * config.pageSize;
  res.json({ page, items: notes.slice(start, start + config.pageSize), total: notes.length });
});

app.post('/settings/page-size', (req, res) => {
  process.env.PAGE_SIZE = String(req.body.size);
  config.pageSize = Number(process.env.PAGE_SIZE);
  res.json({ pageSize: config.pageSize, fromEnv: process.env.PAGE_SIZE });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
