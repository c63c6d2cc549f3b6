import { EventEmitter } from "events";
import { config } from "./config";
import { Category, HttpError, Item, StockEvent } from "./models";
import { counted, registered } from "./decorators";

export class AuditLog {
  private entries: string[] = [];

  constructor(private readonly prefix: string) {}

  record(event: StockEvent, sku: string, qty: number): void {
    this.entries.push(`${this.prefix}:${StockEvent[event]}:${sku}:${qty}`);
  }

  tail(n: number): string[] {
    return this.entries.slice(-n);
  }

  get size(): number {
    return this.entries.length;
  }
}

@registered("InventoryStore")
export class InventoryStore extends EventEmitter {
  private items = new Map<string, Item>();
  private seq = 0;

  constructor(private readonly audit: AuditLog, public readonly lowStock: number) {
    super();
  }

  @counted
  add(name: string, category: Category, qty: number): Item {
    const sku = `${category.charAt(0).toUpperCase()}-${String(++this.seq).padStart(3, "0")}`;
    const item: Item = { sku, name, category, qty, reserved: 0 };
    this.items.set(sku, item);
    this.audit.record(StockEvent.Added, sku, qty);
    return item;
  }

  @counted
  remove(sku: string, qty: number): Item {
    const item = this.mustGet(sku);
    if (item.qty < qty) {
      throw new HttpError(409, `only ${item.qty} of ${sku} left`);
    }
    item.qty -= qty;
    this.audit.record(StockEvent.Removed, sku, qty);
    if (item.qty <= this.lowStock) {
      this.audit.record(StockEvent.Low, sku, item.qty);
      this.emit("low", item);
    }
    return item;
  }

  @counted
  restock(sku: string, qty: number): Item {
    const item = this.mustGet(sku);
    item.qty += qty;
    this.audit.record(StockEvent.Restocked, sku, qty);
    return item;
  }

  list(category?: Category): Item[] {
    const all = [...this.items.values()];
    return category ? all.filter((i) => i.category === category) : all;
  }

  mustGet(sku: string): Item {
    const item = this.items.get(sku);
    if (!item) throw new HttpError(404, `no item ${sku}`);
    return item;
  }
}

export const audit = new AuditLog("inv");
export const store = new InventoryStore(audit, config.lowStock);
