import { Router } from 'express';
import { asyncHandler } from '../utils/async-handler.js';
import { validateBody, schemas } from '../middleware/validate.js';
import { session } from '../middleware/session.js';

export function buildRoutes(ctl, { auth, clock, env, report }) {
  const api = Router();
  const requireSession = session(auth);

  const authRouter = Router();
  authRouter.post('/register', validateBody(schemas.register), asyncHandler(ctl.register));
  authRouter.post('/login', validateBody(schemas.login), asyncHandler(ctl.login));
  api.use('/auth', authRouter);

  api.get('/products', ctl.catalogue);

  const cartRouter = Router();
  cartRouter.use(requireSession);
  cartRouter.get('/', ctl.viewCart);
  cartRouter.put('/items', validateBody(schemas.cartItem), ctl.setItem);
  cartRouter.delete('/items/:sku', ctl.removeItem);
  cartRouter.post('/coupon', validateBody(schemas.coupon), ctl.coupon);
  api.use('/cart', cartRouter);

  const orderRouter = Router();
  orderRouter.use(requireSession);
  orderRouter.post('/', asyncHandler(ctl.checkout));
  orderRouter.get('/', ctl.listOrders);
  orderRouter.post('/:id/cancel', ctl.cancel);
  api.use('/orders', orderRouter);

  api.get('/me', requireSession, ctl.me);
  api.get('/admin/report', (req, res) => res.json(report()));

  if (env.devRoutes) {
    api.post('/_dev/clock', (req, res) => {
      clock.addMinutes(Number(req.body.minutes ?? 0));
      res.json({ now: clock.date().toISOString() });
    });
  }
  return api;
}
