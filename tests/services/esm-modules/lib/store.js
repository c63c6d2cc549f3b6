export class Store {
  #items = [];
  #nextId = 1;
  add(name) {
    const item = { id: this.#nextId++, name };
    this.#items.push(item);
    return item;
  }
  all() { return [...this.#items]; }
  get size() { return this.#items.length; }
}
