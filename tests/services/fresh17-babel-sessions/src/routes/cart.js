import { Router } from 'express';
import sessions from '../lib/sessions';
import Catalog from '../lib/catalog';

const catalog = new Catalog();
const router = Router();

const requireSession = (req, res, next) => {
  const session = sessions.touch(req.cookies?.sid);
  if (!session) return res.status(401).json({ error: 'no session' });
  req.session = session;
  next();
};

router.use(requireSession);

router.post('/items', (req, res) => {
  const { sku, qty = 1 } = req.body;
  if (catalog.price(sku) === undefined) return res.status(404).json({ error: `no ${sku}` });
  const line = req.session.cart.find((l) => l.sku === sku);
  if (line) line.qty += qty;
  else req.session.cart.push({ sku, qty });
  res.json({ cart: req.session.cart, views: req.session.views });
});

router.get('/', (req, res) => {
  res.json({ user: req.session.user, cart: req.session.cart, ...catalog.total(req.session.cart, req.query.code) });
});

router.post('/discounts', (req, res) => {
  catalog.discounts = { ...catalog.discounts, [req.body.code]: req.body.pct };
  res.json(Object.keys(catalog.discounts));
});

export default router;
