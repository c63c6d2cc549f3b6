'use strict';

class Collection {
  constructor(prefix) {
    this.prefix = prefix;
    this.items = [];
  }

  insert(doc) {
    const item = { id: `${this.prefix}${this.items.length + 1}`, ...doc };
    this.items.push(item);
    return item;
  }

  get(id) {
    return this.items.find((i) => i.id === id) ?? null;
  }

  where(fn) {
    return this.items.filter(fn);
  }
}

const createRepos = () => ({
  sellers: new Collection('sel_'),
  ledger: new Collection('le_'),
  payouts: new Collection('po_'),
  outbox: new Collection('ob_'),
  webhooks: new Collection('wh_'),
});

module.exports = { createRepos, Collection };
