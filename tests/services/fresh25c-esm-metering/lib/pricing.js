import { memoize } from './memo.js';
import * as billing from './mode.js';

const RATES = { api: 0.002, storage: 0.05, seats: 4 };
let computed = 0;

function rawPrice(kind, units) {
  computed++;
  const factor = billing.mode === 'discount' ? 0.5 : billing.mode === 'surge' ? 2 : 1;
  return Math.round(RATES[kind] * units * factor * 1000) / 1000;
}

export const price = memoize(rawPrice);
export const computedCount = () => computed;
