import { Router } from 'express';
import * as items from '../controllers/itemsController.js';
import { validate } from '../middleware/validate.js';
import { createItemSchema, adjustSchema, reserveSchema } from '#lib/schemas';

const router = Router();

router.get('/items', items.list);
router.post('/items', validate(createItemSchema), items.create);
router.get('/items/:id', items.show);
router.post('/items/:id/adjustments', validate(adjustSchema), items.adjust);
router.post('/items/:id/reservations', validate(reserveSchema), items.reserve);
router.delete('/reservations/:number', items.cancel);
router.get('/audit', items.audit);
router.get('/alerts', items.alerts);
router.delete('/alerts/:sku', items.ack);
router.get('/summary', items.summary);

export default router;
