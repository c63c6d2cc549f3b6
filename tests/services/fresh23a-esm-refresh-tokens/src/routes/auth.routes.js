import { Router } from 'express';
import { z } from 'zod';
import { validateBody } from '../middlewares/validate.js';
import { authenticate } from '../middlewares/authenticate.js';

const credentials = z.object({ email: z.string().email().toLowerCase(), password: z.string().min(8) });
const refreshBody = z.object({ refreshToken: z.string().min(10) });

export function authRoutes({ controller, tokenService, auditLog }) {
  const router = Router();
  router.post('/auth/register', validateBody(credentials), controller.register);
  router.post('/auth/login', validateBody(credentials), controller.login);
  router.post('/auth/refresh', validateBody(refreshBody), controller.refresh);
  router.post('/auth/logout', validateBody(refreshBody), controller.logout);
  router.get('/me', authenticate(tokenService), controller.me);
  router.post('/admin/unlock/:email', controller.unlock);
  router.get('/admin/audit', (req, res) => res.json({ audit: auditLog, issued: tokenService.issued }));
  return router;
}
