const db = require('../db');
const cache = require('./catalogCache');
const ApiError = require('../utils/ApiError');

async function addBook({ isbn, title, author, copies }) {
  if (db.where('books', (b) => b.isbn === isbn).length) {
    throw ApiError.conflict(`ISBN ${isbn} is already in the catalog`);
  }
  const book = db.insert('books', { isbn, title, author, copies, available: copies });
  cache.flushAll();
  return book;
}

async function search(q = '') {
  const key = `search:${q.toLowerCase()}`;
  const hit = cache.get(key);
  if (hit) return { ...hit, cached: true };
  const needle = q.toLowerCase();
  const results = db
    .where('books', (b) => !needle || b.title.toLowerCase().includes(needle) || b.author.toLowerCase().includes(needle))
    .map(({ id, title, author, available }) => ({ id, title, author, available }));
  const value = { q, results };
  cache.set(key, value);
  return { ...value, cached: false };
}

async function getBook(id) {
  const book = db.get('books', id);
  if (!book) throw ApiError.notFound(`book ${id}`);
  return book;
}

module.exports = { addBook, search, getBook, cacheStats: () => cache.getStats() };
