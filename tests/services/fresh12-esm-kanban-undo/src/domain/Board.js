export class BoardError extends Error {
  constructor(message, status = 409) {
    super(message);
    this.status = status;
  }
}

export class Board {
  static limits;
  static {
    this.limits = { todo: Infinity, doing: 2, done: Infinity };
  }

  #columns = { todo: [], doing: [], done: [] };
  #cards = new Map();
  #nextId = 1;

  create(title, column = 'todo', id = this.#nextId++) {
    this.#checkLimit(column);
    const card = { id, title };
    this.#cards.set(id, card);
    this.#columns[column].push(id);
    return card;
  }

  remove(id) {
    const column = this.columnOf(id);
    if (!column) throw new BoardError(`card ${id} not found`, 404);
    const index = this.#columns[column].indexOf(id);
    this.#columns[column].splice(index, 1);
    const card = this.#cards.get(id);
    this.#cards.delete(id);
    return { card, column, index };
  }

  restore({ card, column, index }) {
    this.#cards.set(card.id, card);
    this.#columns[column].splice(index, 0, card.id);
  }

  move(id, to, index) {
    const from = this.columnOf(id);
    if (!from) throw new BoardError(`card ${id} not found`, 404);
    if (!Object.hasOwn(this.#columns, to)) throw new BoardError(`no column ${to}`, 400);
    if (from !== to) this.#checkLimit(to);
    const oldIndex = this.#columns[from].indexOf(id);
    this.#columns[from].splice(oldIndex, 1);
    this.#columns[to].splice(index ?? this.#columns[to].length, 0, id);
    return { from, oldIndex };
  }

  columnOf(id) {
    return Object.keys(this.#columns).find((c) => this.#columns[c].includes(id));
  }

  #checkLimit(column) {
    if (this.#columns[column].length >= Board.limits[column]) throw new BoardError(`WIP limit reached in ${column}`);
  }

  view() {
    return Object.fromEntries(Object.entries(this.#columns).map(([c, ids]) => [c, ids.map((id) => this.#cards.get(id).title)]));
  }
}

export const board = new Board();
