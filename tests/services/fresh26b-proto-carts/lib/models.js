'use strict';
const { auditable } = require('./audit');

// Every cart's own list... or so its author thought: the array sits on the prototype.
function Cart(owner) {
  this.owner = owner;
}
Cart.prototype.kind = 'cart';
Cart.prototype.items = [];
Cart.prototype.tags = { total: 0 };
Cart.prototype.add = function add(sku, qty = 1) {
  this.items.push({ owner: this.owner, sku, qty });
  this.tags.total += qty;
  this.audit('add', `${sku}x${qty}`);
  return this.items.length;
};
Cart.prototype.mine = function mine() {
  return this.items.filter((it) => it.owner === this.owner);
};

class Wishlist {
  constructor(owner) {
    this.owner = owner;
    this.wanted = new Set();
  }
  get kind() { return 'wishlist'; }
  want(sku) {
    this.wanted.add(sku);
    this.audit('want', sku);
    return [...this.wanted];
  }
}

// A mixin made by a factory: its methods share the factory's closure, whatever instance calls them.
function stamping(prefix) {
  let issued = 0;
  return {
    stamp() {
      issued += 1;
      return `${prefix}-${issued}`;
    },
    stampsIssued: () => issued,
  };
}

Object.assign(Cart.prototype, auditable);
Object.assign(Wishlist.prototype, auditable, stamping('W'));

module.exports = { Cart, Wishlist };
