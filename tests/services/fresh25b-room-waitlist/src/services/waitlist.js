'use strict';

const { Conflict } = require('../utils/errors');
const { isoDate } = require('../utils/time');

module.exports = function waitlistService({ repos, bus, bookings, notices }) {
  async function join(userId, roomId, start) {
    const date = isoDate(start);
    const already = await repos.waitlist.select({ user: userId, room: roomId, start, status: 'waiting' });
    if (already.length) throw new Conflict('already on the waitlist');
    const entry = await repos.waitlist.insert({ user: userId, room: roomId, date, start, status: 'waiting' });
    const ahead = (await repos.waitlist.select({ room: roomId, start, status: 'waiting' })).filter((w) => w.id < entry.id || w.id.length < entry.id.length);
    bus.dispatch('waitlist.joined', { room: roomId, date });
    return { ...entry, position: ahead.length + 1 };
  }

  // first in line whose booking succeeds gets the seat; the others stay waiting
  async function promote({ room, start }) {
    const queue = await repos.waitlist.select({ room, start, status: 'waiting' });
    for (const entry of queue) {
      try {
        const booking = await bookings.book(entry.user, room, start, { viaWaitlist: entry.id });
        await repos.waitlist.update(entry.id, { status: 'promoted', booking: booking.id });
        await notices.send(entry.user, `You got ${room} at ${new Date(start).toISOString().slice(11, 16)} (${booking.id})`);
        return booking;
      } catch (err) {
        await repos.waitlist.update(entry.id, { status: 'skipped', reason: err.code });
        await notices.send(entry.user, `Waitlist for ${room} skipped: ${err.message}`);
      }
    }
    return null;
  }

  bus.on('booking.cancelled', (booking) => promote(booking));

  const mine = (userId) => repos.waitlist.select({ user: userId });

  return { join, promote, mine };
};
