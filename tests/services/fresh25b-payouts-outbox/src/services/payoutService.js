'use strict';

const { EventEmitter, once } = require('node:events');
const { HttpError, InsufficientFunds } = require('../lib/errors');
const { retry } = require('../lib/retry');

class PayoutService extends EventEmitter {
  constructor({ repos, config, ledger, bank, metrics, logger }) {
    super();
    Object.assign(this, { repos, config, ledger, bank, metrics, logger });
    this.inFlight = 0;
  }

  #outbox(type, payload) {
    this.repos.outbox.insert({ type, payload, relayed: false, attempts: 0 });
  }

  request(sellerId, amountCents) {
    const seller = this.ledger.seller(sellerId);
    if (!Number.isInteger(amountCents) || amountCents < this.config.minPayoutCents) {
      throw new HttpError(400, 'below_minimum', `payouts start at ${this.config.minPayoutCents} cents`);
    }
    const { available } = this.ledger.balance(sellerId);
    if (amountCents > available) throw new InsufficientFunds(available, amountCents);
    const payout = this.repos.payouts.insert({ sellerId, amountCents, status: 'pending', attempts: 0, bankRef: null });
    this.ledger.post(sellerId, 'hold', -amountCents, payout.id);
    this.#outbox('payout.requested', { payoutId: payout.id, sellerId, amountCents });
    this.inFlight += 1;
    setImmediate(() => this.#process(payout, seller));
    return payout;
  }

  async #process(payout, seller) {
    const log = this.logger.child({ payout: payout.id });
    try {
      const { ref } = await retry(
        (attempt) => {
          payout.attempts = attempt;
          return this.bank.transfer({ reference: payout.id, iban: seller.iban, amountCents: payout.amountCents });
        },
        {
          attempts: this.config.provider.maxAttempts,
          backoffMs: this.config.provider.backoffMs,
          onRetry: (err, attempt) => {
            this.metrics.bankCalls.inc({ result: 'retry' });
            log.warn({ attempt }, err.message);
          },
        },
      );
      this.metrics.bankCalls.inc({ result: 'ok' });
      Object.assign(payout, { status: 'paid', bankRef: ref });
      this.ledger.post(payout.sellerId, 'release', payout.amountCents, payout.id);
      this.ledger.post(payout.sellerId, 'payout', -payout.amountCents, ref);
      this.#outbox('payout.paid', { payoutId: payout.id, bankRef: ref });
      this.metrics.payouts.inc({ outcome: 'paid' });
      log.info({ ref }, 'payout paid');
    } catch (err) {
      this.metrics.bankCalls.inc({ result: 'failed' });
      Object.assign(payout, { status: 'failed', failure: err.message });
      this.ledger.post(payout.sellerId, 'release', payout.amountCents, payout.id);
      this.#outbox('payout.failed', { payoutId: payout.id, reason: err.message });
      this.metrics.payouts.inc({ outcome: 'failed' });
      log.error({ attempts: payout.attempts }, 'payout failed');
    } finally {
      this.inFlight -= 1;
      this.emit(`settled:${payout.id}`, payout);
    }
  }

  async get(id, { wait = false } = {}) {
    const payout = this.repos.payouts.get(id);
    if (!payout) throw new HttpError(404, 'unknown_payout', `no payout ${id}`);
    if (wait && payout.status === 'pending') {
      const [settled] = await once(this, `settled:${id}`, { signal: AbortSignal.timeout(this.config.waitTimeoutMs) });
      return settled;
    }
    return payout;
  }
}

module.exports = { PayoutService };
