// Cursors kept in module state: generator objects and a hand-written iterator.
export let issued = 0;

function* sequence(prefix, start = 1) {
  let n = start;
  while (true) {
    const reset = yield `${prefix}-${String(n).padStart(3, '0')}`;
    issued++;
    n = reset ?? n + 1;
  }
}

export const ticketIds = sequence('T');
export const invoiceIds = sequence('INV', 500);

// Round-robin over a staff list through yield*, counting full turns
export const turns = { rounds: 0 };
function* rota(staff) {
  while (true) {
    yield* staff;
    turns.rounds++;
  }
}
export let assignees = rota(['ana', 'ben', 'cai']);
export function restaff(staff) {
  assignees.return();
  assignees = rota(staff);
  turns.rounds = 0;
}

// An iterator whose `return()` runs when a for..of stops early (break), and counts it
export const backlog = {
  items: [],
  position: 0,
  closed: 0,
  [Symbol.iterator]() {
    return this;
  },
  next() {
    if (this.position < this.items.length) return { value: this.items[this.position++], done: false };
    return { value: undefined, done: true };
  },
  return() {
    this.closed++;
    return { value: undefined, done: true };
  },
};
