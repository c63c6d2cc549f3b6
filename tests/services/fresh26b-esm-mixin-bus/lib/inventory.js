import { EventEmitter } from 'node:events';
import { Timestamped, Thresholds } from './mixins.js';

export class Inventory extends EventEmitter {
  #stock = new Map();
  constructor(name) {
    super();
    this.name = name;
  }
  take(sku, n = 1) {
    const left = (this.#stock.get(sku) ?? 0) - n;
    if (left < 0) {
      this.emit('short', sku, -left);
      return false;
    }
    this.#stock.set(sku, left);
    this.touch(`take ${sku}`);
    if (this.below(sku, left)) this.emit('low', sku, left);
    return true;
  }
  restock(sku, n) {
    this.#stock.set(sku, (this.#stock.get(sku) ?? 0) + n);
    this.touch(`restock ${sku}`);
    this.emit('restocked', sku, this.#stock.get(sku));
    return this.#stock.get(sku);
  }
  level(sku) {
    return this.#stock.get(sku) ?? 0;
  }
}

Object.assign(Inventory.prototype, Timestamped, Thresholds);

export const shop = new Inventory('shop');
export const depot = new Inventory('depot');
