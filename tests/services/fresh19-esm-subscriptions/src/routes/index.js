import { Router } from 'express';
import * as c from '../controllers/subscriptions.js';
import { get } from '../services/subscriptions.js';

const router = Router();

router.param('id', (req, res, next, id) => {
  try {
    req.subscription = get(id);
    next();
  } catch (err) {
    next(err);
  }
});

router.route('/subscriptions').get(c.index).post(c.create);
router.get('/subscriptions/:id', c.show);
router.patch('/subscriptions/:id/plan', c.change);
router.delete('/subscriptions/:id', c.cancel);
router.post('/_clock', c.tick);
router.post('/_undo', c.undo);
router.get('/_report', c.report);

export default router;
