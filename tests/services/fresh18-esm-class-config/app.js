// An ES module config singleton: `Config.instance` is a static getter over a static private field
// set in a `static {}` block (and counting reads in a module `let`), writes go through validating
// setters that call a private method appending to an exported array, and a reset replaces the
// instance.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { Config, revisions } from './lib/config.js';

const app = express();
app.use(express.json());

app.get('/config', (req, res) => {
  const config = Config.instance;
  res.json({ values: config.values, revision: config.revision, reads: Config.reads });
});

app.put('/config/mode', (req, res) => {
  try {
    Config.instance.mode = req.body.mode;
    res.json({ mode: Config.instance.mode });
  } catch (err) {
    res.status(400).json({ error: err.message, name: err.name });
  }
});

app.put('/config/retries', (req, res) => {
  const config = Config.instance;
  config.retries = req.body.retries;
  res.json({ retries: config.values.retries, revision: config.revision });
});

app.get('/revisions', (req, res) => {
  res.json({ revisions, reads: Config.reads });
});

app.post('/config/reset', (req, res) => {
  Config.reset();
  res.json({ revision: Config.instance.revision, revisions: revisions.length });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
