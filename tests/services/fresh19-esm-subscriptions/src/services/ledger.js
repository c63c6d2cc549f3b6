import { events } from '../events/bus.js';

const entries = [];
const revenueByPlan = {};
let firstPayment = null;

events.on('invoice.paid', ({ seq, subscription, amount, plan }) => {
  entries.push({ seq, subscription, amount });
  revenueByPlan[plan] = (revenueByPlan[plan] ?? 0) + amount;
});

events.once('invoice.paid', ({ subscription }) => {
  firstPayment = subscription;
});

events.on('subscription.cancelled', ({ seq, subscription, refund }) => {
  if (refund > 0) entries.push({ seq, subscription, amount: -refund });
});

export const ledger = () => ({ entries, revenueByPlan, firstPayment, events: events.published });
