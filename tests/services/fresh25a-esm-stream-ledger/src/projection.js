// The read model, folded from the stream's events; `lastId` says how far it has read.
export const projection = {
  lastId: '0-0',
  applied: 0,
  balances: new Map(),
  history: [],
};

const handlers = {
  opened({ account, owner }) {
    projection.balances.set(account, { owner, balance: 0 });
  },
  deposited({ account, amount }) {
    projection.balances.get(account).balance += Number(amount);
  },
  withdrew({ account, amount }) {
    projection.balances.get(account).balance -= Number(amount);
  },
  closed({ account }) {
    projection.balances.delete(account);
  },
};

// ioredis hands XRANGE entries as [id, [field, value, field, value...]]
export function apply(entries) {
  for (const [id, flat] of entries) {
    const event = {};
    for (let i = 0; i < flat.length; i += 2) event[flat[i]] = flat[i + 1];
    handlers[event.type]?.(event);
    projection.history.push(`${event.type}:${event.account}`);
    projection.applied++;
    projection.lastId = id;
  }
  return entries.length;
}
