// Top-level await (issue 16): the entry awaits a settings file read with fs/promises
// before it sets up its routes and listens; lib/store.js awaits the seed file, and
// the router importing it waits for it. Also createRequire(import.meta.url), CommonJS
// packages imported from ESM (a default and a named import), import() of a package.
import express from 'express';
import { readFile } from 'fs/promises';
import { fileURLToPath } from 'url';
import { createRequire } from 'module';
import escapeHtml from 'escape-html';
import { v5 as uuidv5 } from 'uuid';
import { books } from './routes/books.js';
import { seededCount } from './lib/store.js';

const require = createRequire(import.meta.url);
const { name: serviceName } = require('./package.json');
const settings = JSON.parse(await readFile(new URL('./data/settings.json', import.meta.url), 'utf8'));

const app = express();
app.use(express.json());
app.use('/books', books);

app.get('/about', (req, res) => {
  res.json({ service: serviceName, title: settings.title, seeded: seededCount, id: uuidv5(settings.title, uuidv5.URL) });
});

app.get('/hello', (req, res) => {
  res.send(`<h1>${escapeHtml(req.query.name ?? settings.title)}</h1>`);
});

app.get('/ms/:text', async (req, res) => {
  const { default: ms } = await import('ms');
  res.json({ ms: ms(req.params.text) ?? null });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
