import { readFile } from 'node:fs/promises';

const seedUrl = new URL('../../data/seed.json', import.meta.url);

export const books = new Map();
export let version = 0;

export async function load() {
  const { books: list } = JSON.parse(await readFile(seedUrl, 'utf8'));
  for (const b of list) books.set(b.isbn, { ...b, out: 0 });
  version++;
  return books.size;
}

export function add(book) {
  books.set(book.isbn, { copies: 1, ...book, out: 0 });
  version++;
}

export function lend(isbn) {
  const book = books.get(isbn);
  if (!book || book.out >= book.copies) return null;
  book.out++;
  version++;
  return book;
}

export function giveBack(isbn) {
  const book = books.get(isbn);
  if (!book || book.out === 0) return null;
  book.out--;
  version++;
  return book;
}
