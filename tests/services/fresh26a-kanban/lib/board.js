// A kanban board: columns in order, each holding card ids in order; cards in a Map.
class BoardError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

class Board {
  columns = [];              // [{ id, name, wip, cards: [cardId] }]
  cards = new Map();         // id -> { id, title, points, history: [] }
  #nextCard = 1;
  #nextColumn = 1;
  static MAX_COLUMNS = 6;

  addColumn(name, wip = Infinity) {
    if (this.columns.length >= Board.MAX_COLUMNS) throw new BoardError(409, 'too many columns');
    if (this.columns.some((c) => c.name === name)) throw new BoardError(409, `column ${name} exists`);
    const column = { id: `c${this.#nextColumn++}`, name, wip, cards: [] };
    this.columns.push(column);
    return column;
  }

  column(id) {
    return this.columns.find((c) => c.id === id || c.name === id) ?? this.#fail(404, `no column ${id}`);
  }

  card(id) {
    return this.cards.get(id) ?? this.#fail(404, `no card ${id}`);
  }

  addCard(columnId, { title, points = 1 }) {
    const column = this.column(columnId);
    this.#checkWip(column);
    const card = { id: `k${this.#nextCard++}`, title, points, history: [column.name] };
    this.cards.set(card.id, card);
    column.cards.push(card.id);
    return card;
  }

  move(cardId, toColumnId, position) {
    const card = this.card(cardId);
    const from = this.#columnOf(cardId);
    const to = this.column(toColumnId);
    if (from !== to) this.#checkWip(to);
    from.cards.splice(from.cards.indexOf(cardId), 1);
    const at = Math.min(Math.max(position ?? to.cards.length, 0), to.cards.length);
    to.cards.splice(at, 0, cardId);
    if (from !== to) card.history.push(to.name);
    return { card: card.id, from: from.name, to: to.name, position: at };
  }

  moveColumn(columnId, index) {
    const i = this.columns.indexOf(this.column(columnId));
    const [col] = this.columns.splice(i, 1);
    this.columns.splice(index, 0, col);
    return this.columns.map((c) => c.name);
  }

  remove(cardId) {
    const column = this.#columnOf(cardId);
    column.cards = column.cards.filter((id) => id !== cardId);
    this.cards.delete(cardId);
  }

  #columnOf(cardId) {
    return this.columns.find((c) => c.cards.includes(cardId)) ?? this.#fail(404, `card ${cardId} is on no column`);
  }

  #checkWip(column) {
    if (column.cards.length >= column.wip) this.#fail(409, `WIP limit of ${column.name} reached (${column.wip})`);
  }

  #fail(status, message) {
    throw new BoardError(status, message);
  }

  toJSON() {
    return this.columns.map(({ id, name, wip, cards }) => ({
      id,
      name,
      wip: Number.isFinite(wip) ? wip : null,
      points: cards.reduce((sum, k) => sum + this.cards.get(k).points, 0),
      cards: cards.map((k) => this.cards.get(k).title),
    }));
  }
}

module.exports = { board: new Board(), Board, BoardError };
