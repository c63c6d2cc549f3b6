'use strict';

const TtlCache = require('../lib/ttlCache');
const events = require('../lib/events');
const { NotFound, Unavailable } = require('../lib/errors');

module.exports = function createCatalogService({ repos, clock, config }) {
  const cache = new TtlCache({ ttlMs: config.availabilityTtlMs, clock });

  const onShelf = (bookId) => {
    const book = repos.books.byId(bookId);
    const out = repos.loans.where((l) => l.bookId === bookId && !l.returnedAt).length;
    const reserved = repos.holds.where((h) => h.bookId === bookId && h.status === 'ready').length;
    return book.copies - out - reserved;
  };

  // Availability is expensive in the real system (it asks every branch): cached, dropped on circulation events.
  const availability = (bookId) =>
    cache.get(bookId, () => ({
      onShelf: onShelf(bookId),
      queue: repos.holds.where((h) => h.bookId === bookId && h.status === 'waiting').length,
      checkedAt: new Date(clock.now()).toISOString(),
    }));

  for (const name of ['loan.created', 'loan.returned', 'hold.placed', 'hold.ready', 'hold.collected', 'hold.expired']) {
    events.on(name, ({ bookId }) => cache.invalidate(bookId));
  }

  return {
    add({ isbn, title, author, copies = 1 }) {
      if (repos.books.first((b) => b.isbn === isbn)) throw new Unavailable(`ISBN ${isbn} is already catalogued`);
      const book = repos.books.insert({ isbn, title, author, copies, addedOn: clock.today() });
      events.emit('book.added', { bookId: book.id });
      return book;
    },
    get(id) {
      const book = repos.books.byId(id);
      if (!book) throw new NotFound(`No book ${id}`);
      return { ...book, availability: availability(id) };
    },
    search({ author, q, available }) {
      return repos.books
        .where((b) => !author || b.author.toLowerCase().includes(author.toLowerCase()))
        .filter((b) => !q || b.title.toLowerCase().includes(q.toLowerCase()))
        .filter((b) => available !== 'true' || availability(b.id).onShelf > 0)
        .map((b) => ({ id: b.id, title: b.title, author: b.author, onShelf: availability(b.id).onShelf }));
    },
    onShelf,
    cacheStats: () => ({ ...cache.stats, size: cache.size }),
  };
};
