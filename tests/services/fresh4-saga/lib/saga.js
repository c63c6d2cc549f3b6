const svc = require('./services');
const { StepFailed } = require('./errors');

const PRICES = { book: 12, lamp: 40, desk: 150 };

// The order saga: each step is awaited in turn; a failing step undoes the
// steps done so far (last first) and the order ends 'compensated'.
const steps = [
  {
    name: 'reserve',
    run: async (o) => { o.reservation = await svc.reserve(o.item, o.qty); },
    undo: async (o) => svc.release(o.reservation),
  },
  {
    name: 'charge',
    run: async (o) => { o.payment = await svc.charge(o.customer, PRICES[o.item] * o.qty); },
    undo: async (o) => svc.refund(o.customer, PRICES[o.item] * o.qty),
  },
  {
    name: 'ship',
    run: async (o) => { o.tracking = `T${await svc.ship(o)}`; },
  },
];

async function runSaga(order) {
  const done = [];
  for (const step of steps) {
    order.state = step.name;
    try {
      await step.run(order);
      done.push(step);
    } catch (err) {
      for (const prev of done.reverse()) await prev.undo?.(order);
      order.state = 'compensated';
      throw new StepFailed(step.name, err);
    }
  }
  order.state = 'completed';
  return order;
}

module.exports = { runSaga };
