// The write side: commands check the current balances and emit domain events.
import { record } from './bus.js';
import { balances } from './projections.js';

export class DomainError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

export function open(id, owner) {
  if (balances.has(id)) throw new DomainError('EXISTS', `account ${id} exists`);
  return record('AccountOpened', { id, owner });
}

export function deposit(id, amount) {
  if (!balances.has(id)) throw new DomainError('NO_ACCOUNT', `no account ${id}`);
  return record('MoneyDeposited', { id, amount });
}

export function withdraw(id, amount) {
  const balance = balances.get(id);
  if (balance === undefined) throw new DomainError('NO_ACCOUNT', `no account ${id}`);
  if (balance < amount) {
    record('WithdrawalRejected', { id, amount });
    throw new DomainError('FUNDS', `balance ${balance} below ${amount}`);
  }
  return record('MoneyWithdrawn', { id, amount });
}
