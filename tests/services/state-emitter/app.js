// An EventEmitter subclass the service makes (through a static factory): emit runs
// the listeners within the request, they update module totals; a `once` listener
// fires on the first sale only; a route adds a listener; listenerCount shows it.
const express = require('express');
const { EventEmitter } = require('events');
const app = express();

class Ledger extends EventEmitter {
  constructor() {
    super();
    this.entries = 0;
  }

  static create() {
    const ledger = new Ledger();
    ledger.setMaxListeners(20);
    return ledger;
  }

  record(kind, amount) {
    this.entries += 1;
    this.emit(kind, amount, this.entries);
    return this.entries;
  }
}

const ledger = Ledger.create();
const totals = { sales: 0, refunds: 0, net: 0 };
let firstSale = null;
const big = [];

ledger.on('sale', (amount) => {
  totals.sales += amount;
  totals.net += amount;
});
ledger.on('refund', (amount) => {
  totals.refunds += amount;
  totals.net -= amount;
});
ledger.once('sale', (amount, entry) => {
  firstSale = { amount, entry };
});

function watchBig(amount, entry) {
  if (amount >= 100) big.push(entry);
}
ledger.on('sale', watchBig);

app.post('/sale/:amount', (req, res) => {
  const entry = ledger.record('sale', Number(req.params.amount));
  res.json({ entry, totals });
});

app.post('/refund/:amount', (req, res) => {
  const entry = ledger.record('refund', Number(req.params.amount));
  res.json({ entry, totals });
});

app.post('/watch/refunds', (req, res) => {
  ledger.on('refund', watchBig);
  res.json({ refundListeners: ledger.listenerCount('refund') });
});

app.get('/report', (req, res) => {
  res.json({
    totals, firstSale, big, entries: ledger.entries,
    listeners: { sale: ledger.listenerCount('sale'), refund: ledger.listenerCount('refund') },
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
