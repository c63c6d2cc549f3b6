'use strict';

const Router = require('express-promise-router');
const { parseSlot } = require('../utils/time');

module.exports = function roomRoutes({ services, requireUser }) {
  const router = Router();

  router.get('/:room/slots', async (req, res) => {
    const date = req.query.date ?? '2026-06-01';
    const slots = await services.rooms.slots(req.params.room, date);
    const only = req.query.free === 'true' ? slots.filter((s) => s.free > 0 && !s.past) : slots;
    res.json({ room: req.params.room, date, slots: only });
  });

  router.post('/:room/bookings', requireUser, async (req, res) => {
    const start = parseSlot(req.body.date, req.body.hour);
    const booking = await services.bookings.book(req.userId, req.params.room, start);
    res.status(201).location(`/bookings/${booking.id}`).json(booking);
  });

  router.post('/:room/waitlist', requireUser, async (req, res) => {
    const start = parseSlot(req.body.date, req.body.hour);
    await services.rooms.room(req.params.room);
    res.status(202).json(await services.waitlist.join(req.userId, req.params.room, start));
  });

  return router;
};
