// The audit trail: every transition (and every refused one) goes through record().
const entries = [];
let sequence = 0;

function record(orderId, event, { from, to = null, actor, ok = true, reason } = {}) {
  const entry = { seq: ++sequence, orderId, event, from, to, actor, ok };
  if (reason) entry.reason = reason;
  entries.push(entry);
  return entry.seq;
}

const forOrder = (orderId) => entries.filter((e) => e.orderId === orderId);

module.exports = {
  record,
  forOrder,
  refused: () => entries.filter((e) => !e.ok),
  get size() {
    return entries.length;
  },
};
