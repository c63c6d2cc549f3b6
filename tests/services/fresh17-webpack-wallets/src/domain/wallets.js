import { assertAmount } from './money';
import Mutex from './mutex';

export class InsufficientFunds extends Error {
  constructor(id, balance, amount) {
    super(`wallet ${id} has ${balance}, needs ${amount}`);
    this.status = 409;
  }
}

const wallets = new Map();
const journal = [];
const lock = new Mutex();
let nextId = 1;

export function open(owner, currency = 'EUR') {
  const wallet = { id: `w${nextId++}`, owner, currency, balance: 0, version: 0 };
  wallets.set(wallet.id, wallet);
  return wallet;
}

export function get(id) {
  const w = wallets.get(id);
  if (!w) throw Object.assign(new Error(`no wallet ${id}`), { status: 404 });
  return w;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 3));

export function deposit(id, amount) {
  return lock.run(async () => {
    const w = get(id);
    await settle();
    w.balance += assertAmount(amount);
    w.version++;
    journal.push({ kind: 'deposit', to: id, amount });
    return w;
  });
}

export function transfer(from, to, amount) {
  return lock.run(async () => {
    const a = get(from);
    const b = get(to);
    assertAmount(amount);
    if (a.currency !== b.currency) throw Object.assign(new Error('currency mismatch'), { status: 422 });
    await settle();
    if (a.balance < amount) throw new InsufficientFunds(from, a.balance, amount);
    a.balance -= amount;
    b.balance += amount;
    a.version++;
    b.version++;
    journal.push({ kind: 'transfer', from, to, amount });
    return { from: a, to: b };
  });
}

export const history = (id) => journal.filter((e) => e.to === id || e.from === id);
export const stats = () => ({ wallets: wallets.size, entries: journal.length, queued: lock.waits });
