'use strict';

const ttlCache = require('../utils/ttlCache');
const { NotFound } = require('../utils/errors');
const { hhmm } = require('../utils/time');

module.exports = function roomService({ repos, clock, config, bus }) {
  const cache = ttlCache(clock, config.slotCacheTtlMs);

  for (const name of ['booking.created', 'booking.cancelled']) {
    bus.on(name, ({ room, date }) => cache.dropWhere((key) => key === `${room}:${date}`));
  }

  async function room(id) {
    const r = await repos.rooms.get(id);
    if (!r || !r.active) throw new NotFound(`room ${id}`);
    return r;
  }

  async function slots(roomId, date) {
    const r = await room(roomId);
    return cache.wrap(`${roomId}:${date}`, async () => {
      const taken = await repos.bookings.select({ room: roomId, date, status: ['booked', 'checked_in'] });
      const waiting = await repos.waitlist.select({ room: roomId, date, status: 'waiting' });
      return config.openingHours.map((hour) => {
        const start = Date.parse(`${date}T${hour}:00:00Z`);
        const used = taken.filter((b) => b.start === start).length;
        return {
          time: hhmm(start),
          free: r.seats - used,
          waiting: waiting.filter((w) => w.start === start).length,
          past: start <= clock.now(),
        };
      });
    });
  }

  return { room, slots, cacheStats: cache.stats };
};
