import { Router } from 'express';
import { listPrices, pricingCalls, setPrice } from '../domain/catalog.js';
import { price } from './schemas.js';
import { format } from '../lib/money.js';

export const catalogRouter = Router();

catalogRouter.get('/', (_req, res) => {
  const prices = listPrices();
  res.json(Object.fromEntries(Object.entries(prices).map(([sku, c]) => [sku, format(c)])));
});

catalogRouter.put('/:sku', (req, res) => {
  const { amount } = price.parse(req.body);
  res.json(setPrice(req.params.sku, amount));
});

catalogRouter.get('/pricing-calls', (_req, res) => {
  const { count, maxInFlight } = pricingCalls;
  res.json({ count, maxInFlight });
});
