// An Express 5 ES module service as written today: async handlers that throw HTTP errors
// (Express 5 passes them to the error handler), a router of nested categories addressed
// by a named wildcard, an optional format suffix, and a store class with private fields.
import express from 'express';
import { fileURLToPath } from 'node:url';

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

class Catalog {
  #items = new Map();
  #nextId = 1;

  async add(path, name, price) {
    if (!name) throw new HttpError(422, 'name is required');
    const item = { id: this.#nextId++, path, name, price };
    this.#items.set(item.id, item);
    return item;
  }

  async get(id) {
    const item = this.#items.get(id);
    if (!item) throw new HttpError(404, `no item ${id}`);
    return item;
  }

  async under(path) {
    return [...this.#items.values()].filter((i) => i.path.join('/').startsWith(path.join('/')));
  }
}

const catalog = new Catalog();
const app = express();
const items = express.Router();

items.param('id', async (req, res, next, id) => {
  req.item = await catalog.get(Number(id));   // a rejection goes to the error handler
  next();
});

items.get('/:id{.:format}', async (req, res) => {
  const { item } = req;
  if (req.params.format === 'txt') return res.type('text').send(`${item.name}: ${item.price}`);
  if (req.params.format && req.params.format !== 'json') throw new HttpError(406, `no format ${req.params.format}`);
  res.json(item);
});

items.delete('/:id', async (req, res) => {
  res.json({ deleted: req.item.id });
});

app.use(express.json());
app.use('/items', items);

app.post('/categories/*path', async (req, res) => {
  const item = await catalog.add(req.params.path, req.body?.name, req.body?.price ?? 0);
  res.status(201).json(item);
});

app.get('/categories/*path', async (req, res) => {
  const found = await catalog.under(req.params.path);
  res.json({ path: req.params.path, names: found.map((i) => i.name) });
});

app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.message });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
