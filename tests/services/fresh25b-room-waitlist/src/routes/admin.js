'use strict';

const Router = require('express-promise-router');
const basicAuth = require('express-basic-auth');

module.exports = function adminRoutes({ services, repos, clock, config, bus }) {
  const router = Router();
  router.use(basicAuth({ users: { [config.admin.user]: config.admin.password }, challenge: true, realm: 'facilities' }));

  router.post('/clock', async (req, res) => {
    if (req.body.at) clock.set(req.body.at);
    else clock.advance(Number(req.body.minutes ?? 0));
    res.json({ now: new Date(clock.now()).toISOString() });
  });

  router.post('/users/:id/pardon', async (req, res) => {
    res.json(await services.strikes.pardon(req.params.id));
  });

  router.patch('/rooms/:id', async (req, res) => {
    const room = await services.rooms.room(req.params.id);
    const seats = Number.isInteger(req.body.seats) ? req.body.seats : room.seats;
    res.json(await repos.rooms.update(room.id, { seats }));
  });

  router.get('/report', async (req, res) => {
    await bus.idle();
    const users = await repos.users.select();
    res.json({
      users: users.map((u) => `${u.id}:${u.strikes}${u.suspended ? ':suspended' : ''}`),
      waitlist: (await repos.waitlist.select()).map((w) => `${w.id} ${w.user} ${w.status}${w.reason ? ` ${w.reason}` : ''}`),
      cache: services.rooms.cacheStats,
      busFailures: bus.failures,
    });
  });

  return router;
};
