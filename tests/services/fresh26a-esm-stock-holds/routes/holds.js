import { Router } from 'express';
import { setTimeout as sleep } from 'node:timers/promises';
import { inventory } from '../lib/inventory.js';

const router = Router();
const publicHold = ({ timer, ...hold }) => hold;

router.post('/', (req, res) => {
  const { sku, qty = 1, customer = 'guest' } = req.body ?? {};
  const hold = inventory.hold(sku, Number(qty), customer);
  res.status(201).json(publicHold(hold));
});

router.get('/:id', (req, res) => res.json(publicHold(inventory.getHold(req.params.id))));

// "charge" the customer (a fake payment call), then turn the hold into a sale
router.post('/:id/confirm', async (req, res) => {
  const hold = inventory.getHold(req.params.id);
  if (req.body?.card === '4000-0000') {
    await sleep(20);
    const err = new Error('card declined');
    err.status = 402;
    throw err;
  }
  await sleep(20);
  res.json(publicHold(inventory.confirm(hold.id)));
});

router.delete('/:id', (req, res) => res.json(publicHold(inventory.release(req.params.id))));

export default router;
