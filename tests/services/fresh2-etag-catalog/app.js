// A product catalog with conditional requests and pagination: strong ETags
// from a sha1 of each item (checked by hand against If-None-Match, and
// If-Match on updates: 412), a weak list ETag from a version counter, pages
// with a Link header plus X-Total-Count, res.format for JSON / text / HTML.
const express = require('express');
const { Catalog } = require('./lib/catalog');

const app = express();
app.set('etag', false); // we manage our own
app.use(express.json());

const catalog = Catalog.seeded(['anvil', 'bucket', 'chisel', 'drill', 'easel', 'file', 'gimlet']);
const PER_PAGE_DEFAULT = 3;

const toInt = (v, fallback) => {
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

function linkHeader(base, page, perPage, last) {
  const rel = { first: 1, prev: page > 1 ? page - 1 : null, next: page < last ? page + 1 : null, last };
  return Object.entries(rel)
    .filter(([, p]) => p !== null)
    .map(([name, p]) => `<${base}?page=${p}&per_page=${perPage}>; rel="${name}"`)
    .join(', ');
}

app.get('/products', (req, res) => {
  const page = toInt(req.query.page, 1);
  const perPage = Math.min(toInt(req.query.per_page, PER_PAGE_DEFAULT), 5);
  const etag = `${catalog.listEtag}-${page}-${perPage}`;
  if (req.get('If-None-Match') === etag) return res.status(304).end();
  const { total, items } = catalog.page(page, perPage);
  const last = Math.max(1, Math.ceil(total / perPage));
  res.set({
    ETag: etag,
    Link: linkHeader('/products', page, perPage, last),
    'X-Total-Count': String(total),
    'X-Etag': etag,
  });
  res.json({ page, perPage, last, items });
});

app.post('/products', (req, res) => {
  const { name, price } = req.body ?? {};
  if (typeof name !== 'string' || !Number.isInteger(price)) {
    return res.status(422).json({ error: 'name (string) and price (integer cents) are required' });
  }
  const item = catalog.add({ name, price });
  res.status(201).set('X-Etag', catalog.etagOf(item)).location(`/products/${item.id}`).json(item);
});

app.param('id', (req, res, next, raw) => {
  const item = catalog.get(Number(raw));
  if (!item) return res.status(404).json({ error: `no product ${raw}` });
  req.item = item;
  next();
});

app.get('/products/:id', (req, res) => {
  const tag = catalog.etagOf(req.item);
  res.set('ETag', tag).set('X-Etag', tag);
  const match = req.get('If-None-Match')?.split(/\s*,\s*/) ?? [];
  if (match.includes(tag) || match.includes('*')) return res.sendStatus(304);
  res.format({
    'application/json': () => res.json(req.item),
    'text/plain': () => res.send(`${req.item.name}: ${(req.item.price / 100).toFixed(2)}`),
    'text/html': () => res.send(`<h1>${req.item.name}</h1><p>${req.item.price}</p>`),
    default: () => res.status(406).send('Not Acceptable'),
  });
});

app.patch('/products/:id', (req, res) => {
  const ifMatch = req.get('If-Match');
  if (!ifMatch) return res.status(428).json({ error: 'If-Match required' });
  if (ifMatch !== catalog.etagOf(req.item)) {
    return res.status(412).json({ error: 'stale', current: catalog.etagOf(req.item) });
  }
  const { name, price } = req.body ?? {};
  const updated = catalog.update(req.item.id, {
    ...(name !== undefined && { name }),
    ...(price !== undefined && { price }),
  });
  res.set('X-Etag', catalog.etagOf(updated)).json(updated);
});

app.get('/version', (req, res) => res.json({ version: catalog.version }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
