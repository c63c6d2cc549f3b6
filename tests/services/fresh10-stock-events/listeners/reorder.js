class ReorderDesk {
  pending = new Set();
  #alerts = 0;

  constructor(inventory) {
    inventory.on('low', this.onLow.bind(this));
    inventory.on('received', ({ sku }) => this.pending.delete(sku));
    inventory.once('shortage', () => { this.firstShortageSeen = true; });
  }

  onLow(sku, left) {
    this.#alerts++;
    this.pending.add(sku);
    this.lastLow = { sku, left };
  }

  get alerts() {
    return this.#alerts;
  }

  report() {
    return { pending: [...this.pending].sort(), alerts: this.alerts, lastLow: this.lastLow ?? null,
      firstShortageSeen: this.firstShortageSeen ?? false };
  }
}

module.exports = ReorderDesk;
