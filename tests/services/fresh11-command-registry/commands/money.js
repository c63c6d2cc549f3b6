'use strict';
const { register } = require('../core/registry');
const ledger = require('../core/ledger');

register('deposit', ({ account, amount }) => ({ ok: true, balance: ledger.post(account, amount, 'deposit') }), { aliases: ['credit'] });

register('withdraw', ({ account, amount }) => {
  if ((ledger.balances[account] ?? 0) < amount) return { ok: false, error: 'insufficient funds' };
  return { ok: true, balance: ledger.post(account, -amount, 'withdraw') };
});

function transfer({ from, to, amount }) {
  if ((ledger.balances[from] ?? 0) < amount) return { ok: false, error: 'insufficient funds' };
  ledger.post(from, -amount, `transfer to ${to}`);
  ledger.post(to, amount, `transfer from ${from}`);
  return { ok: true, from: ledger.balances[from], to: ledger.balances[to] };
}
register('transfer', transfer);
