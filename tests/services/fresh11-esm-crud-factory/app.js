// One router factory, three resources: makeCrudRouter(store) builds an express.Router per resource
// whose closure holds read/write counters; each resource has its own MemoryStore instance (private
// Map, private schema check, a static private count) and a ValidationError with class fields.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { MemoryStore } from './lib/store.js';
import { makeCrudRouter } from './lib/crud.js';

const stores = {
  authors: new MemoryStore('author', { name: { type: 'string', required: true } }),
  books: new MemoryStore('book', { title: { type: 'string', required: true }, authorId: { type: 'number', required: true } }),
  tags: new MemoryStore('tag', { label: { type: 'string', required: true } }),
};

const app = express();
app.use(express.json());

for (const [name, store] of Object.entries(stores)) {
  app.use(`/api/${name}`, makeCrudRouter(store, { maxPage: name === 'tags' ? 3 : 2 }));
}

app.get('/api', (req, res) => {
  res.json({
    stores: MemoryStore.created,
    sizes: Object.fromEntries(Object.entries(stores).map(([k, s]) => [k, s.size])),
  });
});

app.use((err, req, res, next) => {
  if (err.name === 'ValidationError') return res.status(err.status).json({ error: err.message, fields: err.fields });
  next(err);
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
