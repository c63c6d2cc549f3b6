import { Account, Savings } from './account.js';

export const fees = { charged: 0, waived: 0 };

export function openAccount({ owner, opening = 0, savings = false, rate }) {
  return savings ? Savings.open(owner, opening, rate) : Account.open(owner, opening);
}

export function move(fromId, toId, amount) {
  const from = Account.find(fromId);
  const to = Account.find(toId);
  if (!from || !to) return null;
  from.transfer(to, amount);
  return [from, to];
}

// Charges a fee to every account that can pay it, through the accessor pair and Object.assign / Reflect.set
export function chargeFees(amount) {
  const charged = [];
  for (const id of allIds()) {
    const acct = Account.find(id);
    if (acct.total >= amount) {
      if (acct instanceof Savings) Reflect.set(acct, 'total', acct.total - amount);
      else Object.assign(acct, { total: acct.total - amount });
      fees.charged += amount;
      charged.push(acct.id);
    } else {
      fees.waived++;
    }
  }
  return charged;
}

export function accrueAll() {
  return allIds()
    .map((id) => Account.find(id))
    .filter((a) => a instanceof Savings)
    .map((a) => a.accrue().total);
}

let highest = 0;
export function allIds() {
  const ids = [];
  for (let id = 1; id <= highest; id++) if (Account.find(id)) ids.push(id);
  return ids;
}
export function track(acct) {
  highest = Math.max(highest, acct.id);
  return acct;
}
