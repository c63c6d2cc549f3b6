import { bus } from '../bus/index.js';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class Billing {
  invoices = [];
  pendingCharges = 0;

  constructor() {
    this.onPlaced = this.onPlaced.bind(this);
    bus.on('placed', this.onPlaced);
    bus.prependListener('placed', (order) => { order.billedFirst = true; });
  }

  async onPlaced(order) {
    this.pendingCharges++;
    await sleep(20);
    this.invoices.push({ order: order.id, total: order.items.reduce((s, i) => s + i.price * i.qty, 0) });
    this.pendingCharges--;
  }
}

export default new Billing();
