'use strict';

const { Router } = require('express');
const booksController = require('../controllers/books.controller');
const circulationController = require('../controllers/circulation.controller');
const { identify, librarianOnly } = require('../middleware/apiKey');

module.exports = function routes({ repos, services, clock, requestLog, errorTally, events }) {
  const router = Router();
  const books = booksController(services);
  const desk = circulationController(services);
  const auth = identify(repos);

  const booksRouter = Router();
  booksRouter.get('/', books.list);
  booksRouter.get('/:id', books.show);
  booksRouter.post('/', auth, librarianOnly, books.create);
  router.use('/books', booksRouter);

  router.post('/loans', auth, desk.borrow);
  router.post('/loans/:id/renew', auth, desk.renew);
  router.post('/loans/:id/return', auth, desk.giveBack);
  router.post('/holds', auth, desk.hold);
  router.delete('/holds/:id', auth, desk.cancelHold);
  router.post('/fines/payments', auth, desk.pay);
  router.get('/me', auth, desk.me);

  const admin = Router();
  admin.use(auth, librarianOnly);
  admin.post('/clock', (req, res) => {
    clock.tickDays(Number(req.body.days) || 0);
    res.json({ today: clock.today(), expiredNow: services.holds.sweep() });
  });
  admin.get('/stats', (req, res) => {
    res.json({
      today: clock.today(),
      events: events.counts(),
      cache: services.catalog.cacheStats(),
      errors: errorTally,
      log: requestLog.lines.slice(-Number(req.query.lines || 4)),
    });
  });
  router.use('/admin', admin);
  return router;
};
