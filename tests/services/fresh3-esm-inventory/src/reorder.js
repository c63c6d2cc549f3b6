import { snapshot, receive } from './stock.js';

export const rules = new Map(); // sku -> { min, batch, fired }

// Walks the rules with for...of over entries(), changing each rule object in place.
export function runReorders() {
  const { levels } = snapshot();
  const fired = [];
  for (const [sku, rule] of rules.entries()) {
    if ((levels[sku] ?? 0) < rule.min) {
      receive(sku, rule.batch);
      rule.fired += 1;
      fired.push(sku);
    }
  }
  return fired;
}
