import { config } from '../config/index.js';

const money = (strings, ...values) =>
  strings.reduce((out, s, i) => out + s + (i < values.length ? `${values[i].toFixed(2)} ${config.currency}` : ''), '');

export class Item {
  static #created = 0;
  static kinds;

  static {
    Item.kinds = new Set(['book', 'vinyl', 'plant']);
  }

  #price;
  history = [];

  constructor({ name, kind = 'book', price = 0 }) {
    if (!Item.kinds.has(kind)) throw new TypeError(`unknown kind ${kind}`);
    Item.#created++;
    this.id = Item.#created;
    this.name = name;
    this.kind = kind;
    this.#price = price;
  }

  get price() {
    return this.#price;
  }

  set price(value) {
    if (value < 0) throw new RangeError('price must be >= 0');
    this.history.push(this.#price);
    this.#price = value;
  }

  static get created() {
    return Item.#created;
  }

  toJSON() {
    return { id: this.id, name: this.name, kind: this.kind, price: this.#price, label: money`${this.#price}` };
  }
}

export class Shelves {
  #grid = Array.from({ length: config.shelves }, () => Array(config.slotsPerShelf).fill(null));
  #moves = 0;

  #firstFree() {
    for (const [s, row] of this.#grid.entries()) {
      const slot = row.indexOf(null);
      if (slot !== -1) return [s, slot];
    }
    return null;
  }

  #find(id) {
    for (const [s, row] of this.#grid.entries()) {
      const slot = row.findIndex((it) => it?.id === id);
      if (slot !== -1) return [s, slot];
    }
    return null;
  }

  place(item, at) {
    const [s, slot] = at ?? this.#firstFree() ?? [];
    if (s === undefined) return null;
    if (this.#grid[s]?.[slot] !== null) return null;
    this.#grid[s][slot] = item;
    return [s, slot];
  }

  move(id, to) {
    const from = this.#find(id);
    if (!from || this.#grid[to[0]]?.[to[1]] !== null) return false;
    const [item] = this.#grid[from[0]].splice(from[1], 1, null);
    this.#grid[to[0]][to[1]] = item;
    this.#moves++;
    return true;
  }

  item(id) {
    const at = this.#find(id);
    return at && this.#grid[at[0]][at[1]];
  }

  get layout() {
    return this.#grid.map((row) => row.map((it) => it?.name ?? config.labels.empty).join(' | '));
  }

  get stats() {
    const items = this.#grid.flat().filter(Boolean);
    return {
      items: items.length,
      moves: this.#moves,
      value: items.reduce((sum, it) => sum + it.price, 0),
      last: items.at(-1)?.name ?? null,
      byKind: items.reduce((acc, it) => ({ ...acc, [it.kind]: (acc[it.kind] ?? 0) + 1 }), {}),
    };
  }
}

export const shelves = new Shelves();
