import { runHooks } from './hooks.js';

const money = (cents) => `${cents < 0 ? '-' : ''}$${(Math.abs(cents) / 100).toFixed(2)}`;

export const ledger = {
  entries: [],
  accounts: {},
  get balance() {
    return this.entries.reduce((sum, e) => sum + e.amount, 0);
  },
};

let seq = 0;

export function post({ account, amount, memo = '' }) {
  if (!Number.isInteger(amount) || amount === 0) throw new RangeError(`bad amount: ${amount}`);
  const entry = { n: ++seq, account, amount, memo, shown: money(amount) };
  ledger.entries.push(entry);
  (ledger.accounts[account] ??= { total: 0, count: 0 }).total += amount;
  ledger.accounts[account].count++;
  entry.hooks = runHooks(entry);
  return entry;
}

export function reverse(n) {
  const original = ledger.entries.findLast((e) => e.n === n);
  if (!original || original.reversed) return null;
  original.reversed = true;
  return post({ account: original.account, amount: -original.amount, memo: `reversal of #${n}` });
}

export { money };
