const EventEmitter = require('events');

class Inventory extends EventEmitter {
  #stock = new Map();
  #reservations = new Map();
  #timers = new Map();
  #seq = 0;

  #item(sku) {
    let item = this.#stock.get(sku);
    if (!item) this.#stock.set(sku, (item = { sku, onHand: 0, held: 0, sold: 0 }));
    return item;
  }

  restock(sku, qty) {
    const item = this.#item(sku);
    item.onHand += qty;
    return { ...item, available: item.onHand - item.held };
  }

  snapshot() {
    return [...this.#stock.values()].map((i) => ({ ...i, available: i.onHand - i.held }));
  }

  reserve(sku, qty, ttlMs) {
    const item = this.#stock.get(sku);
    if (!item) return { error: `unknown sku ${sku}` };
    if (item.onHand - item.held < qty) return { error: 'insufficient stock', available: item.onHand - item.held };
    item.held += qty;
    const r = { id: ++this.#seq, sku, qty, status: 'held' };
    this.#reservations.set(r.id, r);
    this.#timers.set(r.id, setTimeout(() => this.#expire(r.id), ttlMs));
    this.emit('reserved', r);
    return { ...r };
  }

  #expire(id) {
    const r = this.#reservations.get(id);
    if (r?.status !== 'held') return;
    r.status = 'expired';
    this.#stock.get(r.sku).held -= r.qty;
    this.#timers.delete(id);
    this.emit('expired', r);
  }

  async confirm(id) {
    const r = this.#reservations.get(id);
    if (!r) return { error: 'unknown reservation' };
    // a payment step that settles on a later turn
    await new Promise((resolve) => setImmediate(resolve));
    if (r.status !== 'held') return { error: `reservation ${r.status}`, id };
    clearTimeout(this.#timers.get(id));
    this.#timers.delete(id);
    const item = this.#stock.get(r.sku);
    item.held -= r.qty;
    item.onHand -= r.qty;
    item.sold += r.qty;
    r.status = 'confirmed';
    this.emit('confirmed', r);
    return { ...r };
  }

  reservation(id) {
    const r = this.#reservations.get(id);
    return r && structuredClone(r);
  }
}

module.exports = new Inventory();
