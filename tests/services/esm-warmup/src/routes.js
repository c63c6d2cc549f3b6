import { Router } from 'express';
import { catalog, Catalog } from './catalog.js';

export const router = Router();
const history = [];

router.get('/items', (req, res) => {
  res.json({ version: catalog.version, items: catalog.list() });
});

router.post('/items/:sku/restock', async (req, res, next) => {
  try {
    await new Promise((resolve) => setImmediate(resolve));
    const item = catalog.restock(req.params.sku, Number(req.body?.count ?? 1));
    history.push(`${item.sku}+${req.body?.count ?? 1}`);
    res.json({ item, version: catalog.version });
  } catch (err) {
    next(err);
  }
});

router.get('/history', (req, res) => res.json({ history, catalogs: Catalog.made }));
