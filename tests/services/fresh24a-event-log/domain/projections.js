const log = require('./event-log');

// Read side, kept up to date by a listener.
const balances = {};
const owners = new Map();
const typeCounts = {};
let applied = 0;

log.on('appended', (e) => {
  applied++;
  typeCounts[e.type] = (typeCounts[e.type] ?? 0) + 1;
  switch (e.type) {
    case 'Opened':
      owners.set(e.stream, e.data.owner);
      balances[e.stream] = 0;
      break;
    case 'Deposited':
      balances[e.stream] += e.data.amount;
      break;
    case 'Withdrawn':
      balances[e.stream] -= e.data.amount;
      break;
  }
});

function summary() {
  const rows = Object.entries(balances).map(([id, balance]) => ({ id, owner: owners.get(id), balance }));
  return {
    applied,
    typeCounts: { ...typeCounts },
    richest: rows.toSorted((a, b) => b.balance - a.balance).at(0) ?? null,
    rows,
  };
}

module.exports = { summary };
