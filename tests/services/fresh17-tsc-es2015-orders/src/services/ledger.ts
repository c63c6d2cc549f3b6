import { queue } from "./queue";
import { Order, OrderStatus } from "../types";

class Ledger {
  private revenue = 0;
  private readonly events: string[] = [];

  constructor(private readonly currency: string) {}

  onShipped = (order: Order): void => {
    this.revenue += order.total;
    this.events.push(`+${order.id}`);
  };

  note(kind: string, order: Order): void {
    this.events.push(`${kind}:${order.id}:${OrderStatus[order.status]}`);
  }

  summary() {
    return { currency: this.currency, revenue: this.revenue, events: this.events.slice(-4) };
  }
}

export const ledger = new Ledger("EUR");
queue.on("shipped", ledger.onShipped);
queue.on("retry", (o: Order) => ledger.note("retry", o));
queue.on("failed", function (o: Order) {
  ledger.note("failed", o);
});
