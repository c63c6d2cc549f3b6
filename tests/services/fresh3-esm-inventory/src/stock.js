// Stock levels as module state, exported as functions; the default export is a
// ready-made instance of a class that keeps movements.
const levels = new Map();
let movements = 0;

export function receive(sku, qty) {
  levels.set(sku, (levels.get(sku) ?? 0) + qty);
  movements++;
}

export function ship(sku, qty) {
  const have = levels.get(sku) ?? 0;
  if (have < qty) return false;
  levels.set(sku, have - qty);
  movements++;
  return true;
}

export const snapshot = () => ({ levels: Object.fromEntries(levels), movements });

class Ledger {
  entries = [];
  record(kind, sku, qty) {
    this.entries.push([kind, sku, qty]);
    return this.entries.length;
  }
}

export default new Ledger();
