import { ledger } from './ledger.js';

export const stats = { posted: 0, credits: 0, debits: 0, rejected: 0, firstEntry: null, largest: 0 };
export const alerts = [];

ledger.on('posted', (entry) => {
  stats.posted++;
  stats[entry.kind === 'credit' ? 'credits' : 'debits'] += entry.amount;
});

ledger.once('posted', (entry) => {
  stats.firstEntry = entry.seq;
});

// Validation must run before anything else that listens to 'before'.
ledger.on('before', (entry) => {
  if (entry.amount > stats.largest) stats.largest = entry.amount;
});
ledger.prependListener('before', function validate(entry) {
  if (!(entry.amount > 0)) {
    entry.rejected = true;
    stats.rejected++;
  }
});

export function lowBalanceAlert(entry, balance) {
  if (balance < 0) alerts.push(`seq ${entry.seq}: balance ${balance}`);
}
