import { EventEmitter } from 'node:events';
import { Book } from '../models/Book.js';

class Catalog extends EventEmitter {
  #books = new Map();

  add(data) {
    const book = new Book(data);
    this.#books.set(book.id, book);
    this.emit('added', book);
    return book;
  }

  get(id) { return this.#books.get(Number(id)); }

  list({ genre } = {}) {
    const all = [...this.#books.values()];
    return genre ? all.filter((b) => b.genre === genre) : all;
  }

  sell(id, qty) {
    const book = this.get(id);
    if (!book) return { error: 'not found' };
    if (!book.sell(qty)) {
      this.emit('shortage', book, qty);
      return { error: 'insufficient stock', stock: book.stock };
    }
    this.emit('sold', book, qty);
    return { book };
  }
}

export const catalog = new Catalog();
