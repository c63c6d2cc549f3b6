// Shop cart: cookie sessions in a Map with private data in a WeakMap, content negotiation with
// res.format, res.vary and res.links, paginated catalog.
const express = require('express');
const { sessionMiddleware, views, destroy, count } = require('./lib/sessions');

const CATALOG = Array.from({ length: 7 }, (_, i) => ({ id: i + 1, name: `Item ${i + 1}`, price: (i + 1) * 1_50 }));
const PAGE = 3;

const app = express();
app.use(express.json());
app.use(sessionMiddleware);

app.get('/products', (req, res) => {
  const page = Math.max(1, Number.parseInt(req.query.page ?? '1', 10) || 1);
  const last = Math.ceil(CATALOG.length / PAGE);
  const links = { first: '/products?page=1', last: `/products?page=${last}` };
  if (page < last) links.next = `/products?page=${page + 1}`;
  if (page > 1) links.prev = `/products?page=${page - 1}`;
  res.links(links);
  res.set('X-Total-Count', String(CATALOG.length));
  res.json(CATALOG.slice((page - 1) * PAGE, page * PAGE));
});

app.post('/cart', (req, res) => {
  const { id, qty = 1 } = req.body ?? {};
  const product = CATALOG.find((p) => p.id === id);
  if (!product) return res.status(404).json({ error: 'no such product' });
  const line = req.session.cart.find((l) => l.id === id);
  if (line) line.qty += qty;
  else req.session.cart.push({ id, qty });
  res.status(201).json(req.session.cart);
});

app.delete('/cart/:id', (req, res) => {
  const idx = req.session.cart.findLastIndex((l) => l.id === Number(req.params.id));
  if (idx === -1) return res.sendStatus(404);
  req.session.cart.splice(idx, 1);
  res.json(req.session.cart);
});

app.get('/cart', (req, res) => {
  const lines = req.session.cart.map((l) => ({ ...l, subtotal: CATALOG[l.id - 1].price * l.qty }));
  const total = lines.reduce((s, l) => s + l.subtotal, 0);
  res.vary('Accept');
  res.set('X-Views', String(views(req.session)));
  res.format({
    'application/json': () => res.json({ session: req.session.id, lines, total }),
    'text/plain': () => res.send(lines.map((l) => `${l.qty} x #${l.id} = ${(l.subtotal / 100).toFixed(2)}`).join('\n') + `\nTOTAL ${(total / 100).toFixed(2)}`),
    'text/html': () => res.send(`<ul>${lines.map((l) => `<li>${l.qty} &times; ${CATALOG[l.id - 1].name}</li>`).join('')}</ul>`),
    default: () => res.status(406).send('Not Acceptable'),
  });
});

app.post('/logout', (req, res) => {
  destroy(req.session);
  res.clearCookie('sid').json({ sessions: count() });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
