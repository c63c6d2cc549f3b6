// Ids from a generator every module shares: each `next()` advances one cursor.
'use strict';
function* sequence(prefix) {
  let n = 0;
  while (true) {
    const reset = yield `${prefix}-${++n}`;
    if (reset) n = 0;
  }
}

const invoices = sequence('inv');
const tickets = sequence('tkt');

module.exports = {
  nextInvoice: () => invoices.next().value,
  nextTicket: () => tickets.next().value,
  resetTickets: () => tickets.next(true).value,
};
