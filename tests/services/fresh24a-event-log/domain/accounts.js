const log = require('./event-log');

class DomainError extends Error {
  status = 409;
}

// Command side: decisions read the stream, then append.
function balanceOf(id) {
  return log.stream(id).reduce((b, e) => {
    if (e.type === 'Deposited') return b + e.data.amount;
    if (e.type === 'Withdrawn') return b - e.data.amount;
    return b;
  }, 0);
}

async function open(id, owner) {
  if (log.stream(id).length) throw new DomainError(`account ${id} exists`);
  return log.append(id, 'Opened', { owner });
}

async function deposit(id, amount) {
  if (!log.stream(id).length) throw new DomainError(`no account ${id}`);
  return log.append(id, 'Deposited', { amount });
}

async function withdraw(id, amount) {
  const balance = balanceOf(id);
  if (balance < amount) throw new DomainError(`insufficient funds: ${balance} < ${amount}`);
  return log.append(id, 'Withdrawn', { amount });
}

module.exports = { open, deposit, withdraw, DomainError };
