import { setTimeout as delay } from 'node:timers/promises';
import { Mutex } from './mutex.js';

const accounts = new Map([['alice', 100], ['bob', 20]]);
const history = [];
const lock = new Mutex();
let seq = 0;

export class InsufficientFunds extends Error {
  constructor(account, needed) {
    super(`${account} cannot pay ${needed}`);
    this.name = 'InsufficientFunds';
    this.status = 409;
  }
}

async function readBalance(name) {
  await delay(2);
  return accounts.get(name) ?? 0;
}

export function transfer(from, to, amount) {
  return lock.run(async () => {
    const balance = await readBalance(from);
    if (balance < amount) throw new InsufficientFunds(from, amount);
    accounts.set(from, balance - amount);
    accounts.set(to, (await readBalance(to)) + amount);
    const entry = { seq: ++seq, from, to, amount };
    history.push(entry);
    return entry;
  });
}

export const balances = () => Object.fromEntries(accounts);
export const recent = (n) => history.slice(-n);
export const pending = () => lock.waiting;
