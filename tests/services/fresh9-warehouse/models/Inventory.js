const kAudit = Symbol('audit');

class Inventory {
  static LOW_STOCK = 5;
  static #instances = 0;
  static units;

  static {
    Inventory.units = new Set(['pcs', 'kg', 'box']);
  }

  #items = new Map();
  reserved = {};

  constructor() {
    Inventory.#instances++;
    this[kAudit] = [];
    Object.defineProperty(this, 'version', { value: 0, writable: true, enumerable: false });
  }

  static get instances() {
    return Inventory.#instances;
  }

  get skuCount() {
    return this.#items.size;
  }

  get lowStock() {
    return [...this.#items.values()].filter((i) => i.qty - (this.reserved[i.sku] ?? 0) < Inventory.LOW_STOCK).map((i) => i.sku);
  }

  set threshold(n) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError('threshold must be a non-negative integer');
    Inventory.LOW_STOCK = n;
  }

  #log(action, sku, qty) {
    this.version++;
    this[kAudit].push({ v: this.version, action, sku, qty });
  }

  receive(sku, qty, unit = 'pcs') {
    if (!Inventory.units.has(unit)) throw new TypeError(`unknown unit ${unit}`);
    const item = this.#items.get(sku) ?? { sku, qty: 0, unit };
    item.qty += qty;
    this.#items.set(sku, item);
    this.#log('receive', sku, qty);
    return item;
  }

  reserve(sku, qty) {
    const item = this.#items.get(sku);
    if (!item) return null;
    const available = item.qty - (this.reserved[sku] ?? 0);
    if (qty > available) throw new RangeError(`only ${available} ${item.unit} of ${sku} available`);
    this.reserved[sku] = (this.reserved[sku] ?? 0) + qty;
    this.#log('reserve', sku, qty);
    return { sku, reserved: this.reserved[sku], available: available - qty };
  }

  ship(sku) {
    const item = this.#items.get(sku);
    const qty = this.reserved[sku];
    if (!item || !qty) return null;
    item.qty -= qty;
    delete this.reserved[sku];
    this.#log('ship', sku, qty);
    return { ...item };
  }

  find(sku) {
    const item = this.#items.get(sku);
    return item && { ...item, reserved: this.reserved[sku] ?? 0 };
  }

  audit(since = 0) {
    return this[kAudit].filter((e) => e.v > since);
  }
}

module.exports = new Inventory();
module.exports.Inventory = Inventory;
