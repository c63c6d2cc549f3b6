export class Book {
  static #nextId = 1;
  static genres;
  static {
    Book.genres = new Set(['fiction', 'science', 'history']);
  }

  #stock = 0;
  #reviews = [];
  id;
  title;
  genre;

  constructor({ title, genre = 'fiction', stock = 0 }) {
    if (!title?.trim()) throw new TypeError('title is required');
    if (!Book.genres.has(genre)) throw new RangeError(`unknown genre ${genre}`);
    this.id = Book.#nextId++;
    this.title = title.trim();
    this.genre = genre;
    this.#stock = stock;
  }

  get stock() { return this.#stock; }

  restock(n) {
    this.#stock += n;
    return this.#stock;
  }

  sell(n = 1) {
    if (n > this.#stock) return false;
    this.#stock -= n;
    return true;
  }

  review(stars, text) {
    this.#reviews.push({ stars, text: text ?? '' });
  }

  get rating() {
    if (!this.#reviews.length) return null;
    return Math.round((this.#reviews.reduce((s, r) => s + r.stars, 0) / this.#reviews.length) * 10) / 10;
  }

  get lastReview() { return this.#reviews.at(-1) ?? null; }

  toJSON() {
    return { id: this.id, title: this.title, genre: this.genre, stock: this.#stock, rating: this.rating };
  }
}
