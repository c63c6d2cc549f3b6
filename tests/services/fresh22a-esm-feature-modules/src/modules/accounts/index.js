import { Router } from 'express';
import { AccountsRepository } from './accounts.repository.js';
import { AccountsService } from './accounts.service.js';
import { AccountsController } from './accounts.controller.js';

export function accountsModule({ events, opening }) {
  const repo = new AccountsRepository();
  repo.seed(opening);
  const service = new AccountsService({ repo, events });
  const controller = new AccountsController(service);

  const router = Router();
  router.get('/', controller.list);
  router.post('/', controller.open);
  router.get('/:id', controller.show);

  return { name: 'accounts', path: '/accounts', router, service, controller };
}
