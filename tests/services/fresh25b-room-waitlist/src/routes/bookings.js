'use strict';

const Router = require('express-promise-router');

module.exports = function bookingRoutes({ services, requireUser }) {
  const router = Router();
  router.use(requireUser);

  router.get('/', async (req, res) => {
    const rows = await services.bookings.mine(req.userId);
    const status = req.query.status?.split(',');
    const filtered = status ? rows.filter((b) => status.includes(b.status)) : rows;
    filtered.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
    res.json(filtered.map(({ start, ...b }) => ({ ...b, at: new Date(start).toISOString().slice(11, 16) })));
  });

  router.delete('/:id', async (req, res) => {
    res.json(await services.bookings.cancel(req.userId, req.params.id));
  });

  router.post('/:id/check-in', async (req, res) => {
    res.json(await services.bookings.checkIn(req.userId, req.params.id));
  });

  return router;
};
