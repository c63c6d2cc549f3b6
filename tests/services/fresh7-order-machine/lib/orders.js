const { STATES, TRANSITIONS, ROLES } = require('./constants');
const audit = require('./audit');

class TransitionError extends Error {
  constructor(message, status = 409) {
    super(message);
    this.status = status;
  }
}

const orders = new Map();
let lastId = 1000;

const guards = {
  ship: (order) => (order.address ? null : 'no shipping address'),
  refund: (order, { amount = order.total }) =>
    amount > order.total - order.refunded ? `cannot refund ${amount}, only ${order.total - order.refunded} left` : null,
};

const effects = {
  pay: (order, { amount }) => { order.paid = amount ?? order.total; },
  refund: (order, { amount = order.total - order.refunded }) => { order.refunded += amount; },
  lose: (order) => { order.incidents += 1; },
};

function create({ items = [], address = null }) {
  if (!items.length) throw new TransitionError('an order needs items', 400);
  const total = items.reduce((sum, { price, qty = 1 }) => sum + price * qty, 0);
  const order = { id: ++lastId, state: STATES.PENDING, items, address, total, paid: 0, refunded: 0, incidents: 0, history: [STATES.PENDING] };
  orders.set(order.id, order);
  audit.record(order.id, 'create', { from: null, to: order.state, actor: 'customer' });
  return order;
}

function apply(order, event, actor, params = {}) {
  const from = order.state;
  const allowed = TRANSITIONS[from];
  const to = allowed?.[event];
  const refuse = (reason, status) => {
    audit.record(order.id, event, { from, actor, ok: false, reason });
    throw new TransitionError(reason, status);
  };
  if (!to) refuse(allowed ? `cannot ${event} a ${from} order` : `order is ${from} (final)`);
  if (!ROLES[event].includes(actor)) refuse(`${actor} may not ${event}`, 403);
  const problem = guards[event]?.(order, params);
  if (problem) refuse(problem, 422);

  effects[event]?.(order, params);
  // a partial refund of a delivered order keeps it delivered
  order.state = event === 'refund' && order.refunded < order.total && from === STATES.DELIVERED ? from : to;
  order.history.push(order.state);
  audit.record(order.id, event, { from, to: order.state, actor });
  return order;
}

module.exports = { create, apply, get: (id) => orders.get(id), all: () => [...orders.values()], TransitionError };
