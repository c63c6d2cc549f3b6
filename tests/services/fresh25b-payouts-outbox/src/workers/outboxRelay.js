'use strict';

// Polls the outbox and delivers each message to the seller's webhooks (an in-memory receiver here).
function startOutboxRelay({ repos, config, logger, deliveries, busy = () => false }) {
  let runs = 0;
  const sellerOf = (msg) => msg.payload.sellerId ?? repos.payouts.get(msg.payload.payoutId)?.sellerId;

  // messages of a payout still talking to the bank wait: the relay never sends half a story
  function drain() {
    if (busy()) return;
    runs += 1;
    const batch = repos.outbox.where((m) => !m.relayed).slice(0, config.outbox.batch);
    for (const msg of batch) {
      const hooks = repos.webhooks.where((h) => h.sellerId === sellerOf(msg) && h.events.includes(msg.type));
      for (const hook of hooks) deliveries.push({ hook: hook.id, message: msg.id, type: msg.type, body: msg.payload });
      msg.attempts += 1;
      msg.relayed = true;
      logger.debug({ message: msg.id, hooks: hooks.length }, 'relayed');
    }
  }

  const timer = setInterval(drain, config.outbox.pollMs);
  timer.unref?.();
  return { stop: () => clearInterval(timer), runs: () => runs };
}

module.exports = { startOutboxRelay };
