export * from './counters.js';
export { books as catalog, version as catalogVersion, add as addBook, lend, giveBack, load } from './books.js';
