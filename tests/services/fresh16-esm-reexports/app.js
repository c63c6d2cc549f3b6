// A library in ES modules: a store barrel re-exporting (`export * from`, `export { books as catalog,
// version as catalogVersion } from`) modules whose exported functions bump `export let` counters,
// read through a namespace import (`import * as store`) and live bindings; the catalog is seeded
// with a top-level await reading a file found through `import.meta.url`.
import express from 'express';
import { fileURLToPath } from 'node:url';
import * as store from './lib/store/index.js';
import { catalogVersion, loans } from './lib/store/index.js';
import members, { joined } from './lib/members.js';

const seeded = await store.load();

const app = express();
app.use(express.json());

app.post('/books', (req, res) => {
  store.addBook(req.body);
  res.status(201).json({ version: store.catalogVersion, size: store.catalog.size });
});

app.post('/loans', (req, res) => {
  const { member, isbn } = req.body;
  if (!members.has(member)) return res.status(403).json({ error: 'not a member' });
  const book = store.lend(isbn);
  if (!book) return res.status(409).json({ error: 'unavailable', isbn });
  const n = store.countLoan(member);
  res.status(201).json({ loan: n, book, version: catalogVersion });
});

app.post('/returns', (req, res) => {
  const book = store.giveBack(req.body.isbn);
  if (!book) return res.status(400).json({ error: 'not lent' });
  res.json({ returns: store.countReturn(), book });
});

app.post('/members', (req, res) => {
  const all = members.join(req.body.name);
  res.status(201).json({ members: all, joined });
});

app.post('/counters/reset', (req, res) => {
  store.resetCounters();
  res.json({ loans, returns: store.returns });
});

app.get('/stats', (req, res) => {
  res.json({
    seeded,
    loans,
    returns: store.returns,
    byMember: Object.fromEntries(store.byMember),
    version: catalogVersion,
    books: [...store.catalog.values()],
  });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
