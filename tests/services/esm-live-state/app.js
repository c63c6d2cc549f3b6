// Live bindings (issue 16): `export let` variables reassigned by their module's
// functions, read by importers through named imports, a namespace import and
// re-exports (`export *`, `export { x as y } from`); routers in their own modules.
import express from 'express';
import { fileURLToPath } from 'url';
import { hit, hits, mode, changeMode } from './state/index.js';
import allModes from './state/index.js';
import { stats } from './routes/stats.js';

const app = express();
app.use(express.json());

app.use((req, res, next) => {
  if (!req.path.startsWith('/stats')) hit(req.path);
  next();
});

app.use('/stats', stats);

app.get('/page/:name', (req, res) => {
  const text = `page ${req.params.name} (${hits} hits)`;
  res.send(mode === 'loud' ? text.toUpperCase() : text);
});

app.put('/mode', (req, res) => {
  try {
    const before = mode;
    const after = changeMode(req.body.mode);
    res.json({ before, after, now: mode, allModes });
  } catch (err) {
    res.status(400).json({ error: err.name, message: err.message, mode });
  }
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
