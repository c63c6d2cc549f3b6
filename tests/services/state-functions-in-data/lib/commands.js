'use strict';
// Commands kept in a Map made at load, middleware-like hooks pushed into an array, and handlers
// a helper puts into a registry object: each changes the module's ledger when it runs.
const ledger = { balance: 0, entries: [], hooksRun: 0 };

const commands = new Map([
  ['deposit', (amount) => { ledger.balance += amount; ledger.entries.push(`+${amount}`); }],
  ['withdraw', (amount) => { ledger.balance -= amount; ledger.entries.push(`-${amount}`); }],
]);

const hooks = [];
hooks.push(() => { ledger.hooksRun += 1; });

const reports = {};
function report(name, fn) {
  reports[name] = fn;
}
report('last', () => ledger.entries.at(-1) ?? null);
report('reset', () => { ledger.entries.length = 0; return 'reset'; });

module.exports = { ledger, commands, hooks, reports };
