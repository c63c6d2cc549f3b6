import { catalog } from './catalog.js';

const stats = { added: 0, sold: 0, revenueUnits: 0, shortages: [], byGenre: {} };

catalog.on('added', (book) => {
  stats.added++;
  stats.byGenre[book.genre] ??= 0;
  stats.byGenre[book.genre]++;
});
catalog.on('sold', (book, qty) => {
  stats.sold += 1;
  stats.revenueUnits += qty;
});
catalog.on('shortage', (book, qty) => {
  stats.shortages.push({ id: book.id, wanted: qty });
});

export function snapshot() {
  return structuredClone(stats);
}
