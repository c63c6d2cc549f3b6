import { Router } from 'express';
import { TransfersService } from './transfers.service.js';

export function transfersModule({ events, modules }) {
  const service = new TransfersService({ accounts: modules.accounts.service, events });
  const router = Router();
  router.post('/', (req, res) => res.status(201).json(service.transfer(req.body)));
  router.get('/', (req, res) => res.json(service.history(req.query.account)));
  return { name: 'transfers', path: '/transfers', router, service };
}
