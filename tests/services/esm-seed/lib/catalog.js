// A class with private state: the books and the next id.
export class Catalog {
  #books = new Map();
  #nextId = 1;

  constructor(books) {
    for (const book of books) this.add(book);
  }

  add({ title, author }) {
    const book = { id: this.#nextId++, title, author };
    this.#books.set(book.id, book);
    return book;
  }

  get(id) {
    return this.#books.get(id) ?? null;
  }

  list() {
    return [...this.#books.values()];
  }

  get size() {
    return this.#books.size;
  }
}
