// The board's state: columns of card objects, a Map of members, and default labels.
const DEFAULT_LABELS = ['triage'];

const board = {
  version: 0,
  columns: { todo: [], doing: [], done: [] },
  members: new Map(),
  counters: { created: { n: 0 }, moved: { n: 0 }, voted: { n: 0 } },
};

let nextId = 1;
const newId = () => nextId++;

module.exports = { board, DEFAULT_LABELS, newId };
