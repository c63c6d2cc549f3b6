import { COLUMNS, wipLimit } from './columns.js';

const cards = new Map();
let seq = 0;
export let moves = 0;

export class WipError extends Error {
  name = 'WipError';
  constructor(column) {
    super(`column ${column} is at its limit of ${wipLimit[column]}`);
    this.column = column;
  }
}

const inColumn = (column) => [...cards.values()].filter((c) => c.column === column);

export function add(title, tags = []) {
  const card = { id: ++seq, title, column: COLUMNS[0], tags };
  cards.set(card.id, card);
  return card;
}

export function move(id, column) {
  const card = cards.get(id);
  if (!card) return null;
  if (!COLUMNS.includes(column)) throw new RangeError(`unknown column ${column}`);
  const limit = wipLimit[column];
  if (limit !== undefined && inColumn(column).length >= limit) throw new WipError(column);
  card.column = column;
  moves++;
  return card;
}

export const byColumn = () => Object.fromEntries(COLUMNS.map((c) => [c, inColumn(c).map((card) => card.id)]));
export const get = (id) => cards.get(id);
