// An ES module service (issue 16): `"type": "module"`, default, named and namespace
// imports of packages and local modules, re-exports (`export { default } from`,
// `export * from`), a router in its own module, a class with private state,
// import.meta.url with fileURLToPath, dynamic import(), `export default app`.
import express from 'express';
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';
import { router as itemsRouter, itemCount } from './routes/items.js';
import * as format from './lib/format.js';
import greet, { PREFIX, upper } from './lib/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const app = express();
app.use(express.json());
app.use('/items', itemsRouter);

app.get('/hello/:name', (req, res) => {
  res.send(greet(req.params.name));
});

app.get('/format', (req, res) => {
  res.json({ upper: format.upper('abc'), lower: format.lower('DEF'), same: upper === format.upper,
             prefix: PREFIX, count: itemCount() });
});

app.get('/file', (req, res) => {
  fs.readFile(path.join(here, 'data', 'seed.txt'), 'utf8', (err, text) => {
    res.send(err ? err.code : text.trim());
  });
});

app.get('/meta', (req, res) => {
  res.json({ file: path.basename(fileURLToPath(import.meta.url)), scheme: new URL(import.meta.url).protocol });
});

app.get('/dynamic', async (req, res) => {
  const mod = await import('./lib/format.js');
  res.json({ upper: mod.upper('dyn'), lower: mod.lower('DYN') });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
