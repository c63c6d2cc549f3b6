'use strict';

const events = require('../lib/events');
const { DAY } = require('../lib/clock');
const { NotFound, Unavailable, Forbidden } = require('../lib/errors');

module.exports = function createHoldService({ repos, clock, config, catalog }) {
  const notify = (memberId, text) => {
    repos.members.byId(memberId).inbox.push({ on: clock.today(), text });
  };

  function promoteNext(bookId) {
    if (catalog.onShelf(bookId) <= 0) return null;
    const next = repos.holds.first((h) => h.bookId === bookId && h.status === 'waiting');
    if (!next) return null;
    repos.holds.patch(next.id, { status: 'ready', pickupBy: clock.now() + config.holdPickupDays * DAY });
    const title = repos.books.byId(bookId).title;
    notify(next.memberId, `"${title}" is waiting for you until ${new Date(next.pickupBy).toISOString().slice(0, 10)}`);
    events.emit('hold.ready', { bookId, holdId: next.id });
    return next;
  }

  events.on('loan.returned', ({ bookId }) => promoteNext(bookId));

  return {
    place(member, bookId) {
      catalog.get(bookId);
      if (repos.holds.first((h) => h.bookId === bookId && h.memberId === member.id && ['waiting', 'ready'].includes(h.status))) {
        throw new Unavailable('You already hold this book');
      }
      if (catalog.onShelf(bookId) > 0) throw new Unavailable('A copy is on the shelf: borrow it instead');
      const hold = repos.holds.insert({ bookId, memberId: member.id, status: 'waiting', placedAt: clock.now(), pickupBy: null });
      const position = repos.holds.where((h) => h.bookId === bookId && h.status === 'waiting').length;
      events.emit('hold.placed', { bookId, holdId: hold.id });
      return { id: hold.id, bookId, status: hold.status, position };
    },

    cancel(member, holdId) {
      const hold = repos.holds.byId(holdId);
      if (!hold) throw new NotFound(`No hold ${holdId}`);
      if (hold.memberId !== member.id) throw new Forbidden('Not your hold');
      const wasReady = hold.status === 'ready';
      repos.holds.patch(holdId, { status: 'cancelled' });
      if (wasReady) {
        events.emit('hold.expired', { bookId: hold.bookId, holdId });
        promoteNext(hold.bookId);
      }
      return { id: holdId, status: 'cancelled' };
    },

    // Lazy expiry: run before each request, against the clock.
    sweep() {
      const expired = repos.holds.where((h) => h.status === 'ready' && h.pickupBy <= clock.now());
      for (const hold of expired) {
        repos.holds.patch(hold.id, { status: 'expired' });
        notify(hold.memberId, `Your hold ${hold.id} expired`);
        events.emit('hold.expired', { bookId: hold.bookId, holdId: hold.id });
        promoteNext(hold.bookId);
      }
      return expired.length;
    },

    forMember(memberId) {
      return repos.holds
        .where((h) => h.memberId === memberId)
        .map((h) => ({
          id: h.id,
          bookId: h.bookId,
          status: h.status,
          pickupBy: h.pickupBy ? new Date(h.pickupBy).toISOString().slice(0, 10) : null,
        }));
    },
  };
};
