'use strict';

const { Mutex } = require('async-mutex');
const { Conflict, Forbidden, NotFound, Gone, TooMany, BadRequest } = require('../utils/errors');
const { isoDate } = require('../utils/time');
const { MINUTE } = require('../utils/clock');

module.exports = function bookingService({ repos, clock, config, bus, rooms }) {
  const locks = new Map();
  const lockFor = (room) => {
    if (!locks.has(room)) locks.set(room, new Mutex());
    return locks.get(room);
  };

  async function activeUser(userId) {
    const user = await repos.users.get(userId);
    if (!user) throw new Forbidden(`unknown user ${userId}`);
    if (user.suspended) throw new Forbidden(`${userId} is suspended after ${user.strikes} strikes`);
    return user;
  }

  async function book(userId, roomId, start, { viaWaitlist = null } = {}) {
    await activeUser(userId);
    const room = await rooms.room(roomId);
    const date = isoDate(start);
    if (start <= clock.now()) throw new Gone('slot already started');
    if (!config.openingHours.includes(new Date(start).toISOString().slice(11, 13))) throw new BadRequest('room closed at that hour');
    return lockFor(roomId).runExclusive(async () => {
      const mine = await repos.bookings.select({ user: userId, date, status: ['booked', 'checked_in'] });
      if (mine.some((b) => b.start === start)) throw new Conflict('you already booked this slot');
      if (mine.length >= config.maxBookingsPerDay) throw new TooMany(`at most ${config.maxBookingsPerDay} bookings a day`);
      const taken = await repos.bookings.select({ room: roomId, start, status: ['booked', 'checked_in'] });
      if (taken.length >= room.seats) throw new Conflict('slot is full', { waitlist: `/rooms/${roomId}/waitlist` });
      const booking = await repos.bookings.insert({ user: userId, room: roomId, date, start, status: 'booked', via: viaWaitlist });
      bus.dispatch('booking.created', booking);
      return booking;
    });
  }

  async function owned(userId, id) {
    const booking = await repos.bookings.get(id);
    if (!booking) throw new NotFound(`booking ${id}`);
    if (booking.user !== userId) throw new Forbidden('not your booking');
    return booking;
  }

  async function cancel(userId, id) {
    const booking = await owned(userId, id);
    if (booking.status !== 'booked') throw new Conflict(`booking is ${booking.status}`);
    const late = booking.start - clock.now() < config.lateCancelHours * 60 * MINUTE;
    const updated = await repos.bookings.update(id, { status: 'cancelled' });
    bus.dispatch('booking.cancelled', { ...updated, late });
    return { ...updated, late };
  }

  async function checkIn(userId, id) {
    const booking = await owned(userId, id);
    const now = clock.now();
    if (booking.status !== 'booked') throw new Conflict(`booking is ${booking.status}`);
    if (now < booking.start - config.checkInEarlyMinutes * MINUTE) throw new Conflict('too early to check in');
    if (now > booking.start + config.checkInGraceMinutes * MINUTE) throw new Gone('check-in window closed');
    return repos.bookings.update(id, { status: 'checked_in' });
  }

  // run on reads: bookings whose check-in window closed become no-shows
  async function sweepNoShows() {
    const open = await repos.bookings.select({ status: 'booked' });
    const missed = open.filter((b) => clock.now() > b.start + config.checkInGraceMinutes * MINUTE);
    for (const b of missed) {
      await repos.bookings.update(b.id, { status: 'no_show' });
      bus.dispatch('booking.no_show', b);
    }
    return missed.length;
  }

  const mine = (userId) => repos.bookings.select({ user: userId });

  return { book, cancel, checkIn, sweepNoShows, mine };
};
