'use strict';

const { HttpError } = require('../lib/errors');

class LedgerService {
  constructor({ repos, config }) {
    this.repos = repos;
    this.config = config;
  }

  seller(id) {
    const seller = this.repos.sellers.get(id);
    if (!seller) throw new HttpError(404, 'unknown_seller', `no seller ${id}`);
    return seller;
  }

  onboard({ name, iban }) {
    if (!/^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(iban ?? '')) throw new HttpError(400, 'bad_iban', 'iban is not valid');
    return this.repos.sellers.insert({ name, iban });
  }

  post(sellerId, kind, amountCents, ref) {
    return this.repos.ledger.insert({ sellerId, kind, amountCents, ref });
  }

  recordSale(sellerId, { orderId, grossCents }) {
    this.seller(sellerId);
    if (!Number.isInteger(grossCents) || grossCents <= 0) throw new HttpError(400, 'bad_amount', 'grossCents must be a positive integer');
    if (this.repos.ledger.where((e) => e.ref === orderId).length) throw new HttpError(409, 'duplicate_sale', `${orderId} already recorded`);
    const fee = Math.round((grossCents * this.config.feeBasisPoints) / 10_000);
    this.post(sellerId, 'sale', grossCents, orderId);
    this.post(sellerId, 'fee', -fee, orderId);
    return { orderId, grossCents, feeCents: fee, balance: this.balance(sellerId) };
  }

  balance(sellerId) {
    const entries = this.repos.ledger.where((e) => e.sellerId === sellerId);
    const sum = (kinds) => entries.filter((e) => kinds.includes(e.kind)).reduce((s, e) => s + e.amountCents, 0);
    return { available: sum(['sale', 'fee', 'hold', 'release', 'payout']), onHold: -sum(['hold', 'release']) };
  }

  *statement(sellerId) {
    let running = 0;
    for (const e of this.repos.ledger.where((x) => x.sellerId === sellerId)) {
      running += e.amountCents;
      yield { id: e.id, kind: e.kind, amountCents: e.amountCents, ref: e.ref, running };
    }
  }
}

module.exports = { LedgerService };
