// Subscriptions moved through their states by provider events, each event applied once.
const TRANSITIONS = {
  'subscription.created': { from: [undefined], to: 'trialing' },
  'invoice.paid': { from: ['trialing', 'past_due', 'active'], to: 'active' },
  'invoice.payment_failed': { from: ['active', 'trialing'], to: 'past_due' },
  'subscription.canceled': { from: ['trialing', 'active', 'past_due'], to: 'canceled' },
};

export const subscriptions = new Map();
export const processed = new Set();
export const log = [];
export let lastTimestamp = 0;

export function apply(event, timestamp) {
  if (processed.has(event.id)) return { duplicate: true };
  const rule = TRANSITIONS[event.type];
  if (!rule) {
    processed.add(event.id);
    log.push(`${event.id}:ignored`);
    return { ignored: event.type };
  }
  const sub = subscriptions.get(event.data.subscription);
  if (!rule.from.includes(sub?.status)) {
    const err = new Error(`cannot apply ${event.type} to ${sub?.status ?? 'missing'} subscription`);
    err.status = 409;
    throw err;
  }
  const next = { ...(sub ?? { id: event.data.subscription, customer: event.data.customer, paid: 0 }), status: rule.to };
  if (event.type === 'invoice.paid') next.paid += event.data.amount ?? 0;
  subscriptions.set(next.id, next);
  processed.add(event.id);
  lastTimestamp = Math.max(lastTimestamp, timestamp);
  log.push(`${event.id}:${sub?.status ?? '-'}->${rule.to}`);
  return { subscription: next };
}
