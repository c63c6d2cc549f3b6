// Stock with reservations that lapse: a hold takes units out of "available" until it is confirmed
// (they are sold) or its timer fires (they come back).
import { EventEmitter } from 'node:events';

export const HOLD_MS = 2500;

export class OutOfStock extends Error {
  status = 409;
  constructor(sku, wanted, available) {
    super(`only ${available} of ${sku} available, ${wanted} wanted`);
  }
}

export class NotFound extends Error {
  status = 404;
}

class Inventory extends EventEmitter {
  items = new Map();   // sku -> { sku, name, onHand, held, sold }
  holds = new Map();   // holdId -> { id, sku, qty, customer, state, timer }
  #holdSeq = 0;

  upsert(sku, { name, qty = 0 }) {
    const item = this.items.get(sku) ?? { sku, name: name ?? sku, onHand: 0, held: 0, sold: 0 };
    item.name = name ?? item.name;
    item.onHand += qty;
    this.items.set(sku, item);
    return this.view(item);
  }

  item(sku) {
    const item = this.items.get(sku);
    if (!item) throw new NotFound(`unknown sku ${sku}`);
    return item;
  }

  view(item) {
    return { ...item, available: item.onHand - item.held };
  }

  hold(sku, qty, customer) {
    const item = this.item(sku);
    const available = item.onHand - item.held;
    if (qty > available) throw new OutOfStock(sku, qty, available);
    item.held += qty;
    const hold = { id: `H${++this.#holdSeq}`, sku, qty, customer, state: 'active' };
    hold.timer = setTimeout(() => this.#expire(hold.id), HOLD_MS);
    this.holds.set(hold.id, hold);
    this.emit('held', hold);
    return hold;
  }

  #expire(id) {
    const hold = this.holds.get(id);
    if (hold?.state !== 'active') return;
    hold.state = 'expired';
    this.item(hold.sku).held -= hold.qty;
    this.emit('expired', hold);
  }

  getHold(id) {
    const hold = this.holds.get(id);
    if (!hold) throw new NotFound(`no hold ${id}`);
    return hold;
  }

  confirm(id) {
    const hold = this.getHold(id);
    if (hold.state !== 'active') throw Object.assign(new Error(`hold ${id} is ${hold.state}`), { status: 410 });
    clearTimeout(hold.timer);
    hold.state = 'confirmed';
    const item = this.item(hold.sku);
    item.held -= hold.qty;
    item.onHand -= hold.qty;
    item.sold += hold.qty;
    this.emit('confirmed', hold);
    return hold;
  }

  release(id) {
    const hold = this.getHold(id);
    if (hold.state === 'active') {
      clearTimeout(hold.timer);
      hold.state = 'released';
      this.item(hold.sku).held -= hold.qty;
      this.emit('released', hold);
    }
    return hold;
  }
}

export const inventory = new Inventory();
