// Today's syntax throughout, as ES modules: top-level await reading a JSON config through
// import.meta.url, a static block and a static private counter, a private field behind a
// validating setter, private methods, a tagged template for money, Array.from({ length }),
// `.at(-1)`, `??`, `?.[]`, optional catch binding, Object.hasOwn and structuredClone snapshots.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { Item, shelves } from './models/shelf.js';
import { config } from './config/index.js';

const app = express();
app.use(express.json());

const items = new Map();
const snapshots = [];

app.post('/items', (req, res) => {
  let item;
  try {
    item = new Item(req.body);
  } catch ({ name, message }) {
    return res.status(400).json({ error: name, message });
  }
  const at = shelves.place(item, req.body.at);
  if (!at) return res.status(409).json({ error: 'no room', created: Item.created });
  items.set(item.id, item);
  res.status(201).json({ ...item.toJSON(), at });
});

app.patch('/items/:id', (req, res) => {
  const item = items.get(Number(req.params.id));
  if (!item) return res.sendStatus(404);
  if (Object.hasOwn(req.body, 'price')) {
    try {
      item.price = req.body.price;
    } catch {
      return res.status(422).json({ error: 'bad price' });
    }
  }
  if (req.body.to && !shelves.move(item.id, req.body.to)) return res.status(409).json({ error: 'cannot move' });
  res.json({ item, history: item.history });
});

app.post('/snapshots', (req, res) => {
  const snap = structuredClone({ layout: shelves.layout, stats: shelves.stats });
  snapshots.push(snap);
  res.status(201).json({ n: snapshots.length, ...snap });
});

app.get('/snapshots/:n', (req, res) => {
  const snap = snapshots.at(Number(req.params.n));
  snap ? res.json(snap) : res.sendStatus(404);
});

app.get('/shelves', (req, res) => {
  res.json({ layout: shelves.layout, stats: shelves.stats, kinds: [...Item.kinds], slots: config.slotsPerShelf });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
