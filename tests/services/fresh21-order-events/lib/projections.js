const bus = require('./bus');

const revenue = { total: 0, byCustomer: {} };
const counts = new Map();
const audit = [];
let firstOrder = null;

function count(event) {
  counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
}

for (const type of ['order:placed', 'order:cancelled', 'order:refused']) bus.addEventListener(type, count);

bus.addEventListener('order:placed', ({ detail }) => {
  revenue.total += detail.amount;
  revenue.byCustomer[detail.customer] = (revenue.byCustomer[detail.customer] ?? 0) + detail.amount;
});

bus.addEventListener('order:placed', (event) => {
  if (event.detail.amount > 500) event.preventDefault(); // fraud check vetoes large orders
});

bus.addEventListener('order:cancelled', {
  handleEvent(event) {
    revenue.total -= event.detail.amount;
    revenue.byCustomer[event.detail.customer] -= event.detail.amount;
  },
});

bus.addEventListener('order:placed', (e) => { firstOrder = e.detail.id; }, { once: true });

function onAny(event) {
  audit.push(`${event.type}#${event.detail.id}`);
}
for (const type of ['order:placed', 'order:cancelled', 'order:refused']) bus.addEventListener(type, onAny);

module.exports = { revenue, counts, audit, first: () => firstOrder };
