import { EventEmitter } from "events";
import { Line, Order, OrderStatus } from "../types";
import { Pricing } from "./pricing";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class OrderQueue extends EventEmitter {
  static instances = 0;
  #orders = new Map<number, Order>();
  #pending: number[] = [];
  #nextId = 100;
  #processed = 0;
  readonly maxAttempts: number;

  constructor(maxAttempts = 2) {
    super();
    this.maxAttempts = maxAttempts;
    OrderQueue.instances++;
  }

  async submit(customer: string, lines: Line[]): Promise<Order> {
    await sleep(1);
    const total = lines.reduce((sum, l) => sum + Pricing.quote(l.sku, l.qty), 0);
    const order: Order = { id: this.#nextId++, customer, lines, status: OrderStatus.Pending, total, attempts: 0 };
    this.#orders.set(order.id, order);
    this.#pending.push(order.id);
    this.emit("submitted", order);
    return order;
  }

  async processNext(): Promise<Order | undefined> {
    const id = this.#pending.shift();
    if (id === undefined) return undefined;
    const order = this.#orders.get(id)!;
    order.status = OrderStatus.Processing;
    order.attempts++;
    await sleep(2);
    if (order.lines.some((l) => l.qty > 5) && order.attempts < this.maxAttempts) {
      order.status = OrderStatus.Pending;
      this.#pending.push(id);
      this.emit("retry", order);
    } else if (order.lines.some((l) => l.qty > 5)) {
      order.status = OrderStatus.Failed;
      this.emit("failed", order);
    } else {
      order.status = OrderStatus.Shipped;
      this.#processed++;
      this.emit("shipped", order);
    }
    return order;
  }

  cancel(id: number): Order | undefined {
    const order = this.#orders.get(id);
    if (!order || order.status !== OrderStatus.Pending) return undefined;
    order.status = OrderStatus.Cancelled;
    this.#pending = this.#pending.filter((p) => p !== id);
    return order;
  }

  get(id: number): Order | undefined {
    return this.#orders.get(id);
  }

  get pendingIds(): number[] {
    return [...this.#pending];
  }

  get processed(): number {
    return this.#processed;
  }
}

export const queue = new OrderQueue(2);
