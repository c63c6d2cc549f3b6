// The read side: projections registered from a table in a loop, a `prependListener` stamping the
// order the projections saw events in, a `once` badge for the first account, a wildcard counter,
// and a statement projection that can be switched off (`off`) and rebuilt from the journal.
import { bus, journal } from './bus.js';

export const balances = new Map();
export const owners = {};
export const counts = {};
export const badges = [];
export const statements = new Map();
export const seen = { stamped: 0, lastSeq: 0 };

const handlers = {
  AccountOpened: [
    (e) => balances.set(e.id, 0),
    (e) => { (owners[e.owner] ??= []).push(e.id); },
  ],
  MoneyDeposited: [(e) => balances.set(e.id, balances.get(e.id) + e.amount)],
  MoneyWithdrawn: [(e) => balances.set(e.id, balances.get(e.id) - e.amount)],
};

for (const [type, fns] of Object.entries(handlers)) {
  for (const fn of fns) bus.on(type, fn);
  bus.prependListener(type, (e) => {
    seen.stamped += 1;
    seen.lastSeq = e.seq;
  });
}

bus.on('*', (e) => {
  counts[e.type] = (counts[e.type] ?? 0) + 1;
});

bus.once('AccountOpened', (e) => badges.push(`first-account:${e.id}`));

function statementLine(e) {
  const lines = statements.get(e.id) ?? [];
  lines.push(`${e.type === 'MoneyWithdrawn' ? '-' : '+'}${e.amount}`);
  statements.set(e.id, lines);
}

export function statementsOn() {
  return bus.listeners('MoneyDeposited').includes(statementLine);
}

export function pauseStatements() {
  bus.off('MoneyDeposited', statementLine);
  bus.off('MoneyWithdrawn', statementLine);
  return statementsOn();
}

export function resumeStatements() {
  if (statementsOn()) return 0;
  statements.clear();
  let replayed = 0;
  for (const e of journal) {
    if (e.type === 'MoneyDeposited' || e.type === 'MoneyWithdrawn') {
      statementLine(e);
      replayed += 1;
    }
  }
  bus.on('MoneyDeposited', statementLine);
  bus.on('MoneyWithdrawn', statementLine);
  return replayed;
}

resumeStatements();
