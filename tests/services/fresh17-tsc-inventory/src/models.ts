export enum Category {
  Tool = "tool",
  Part = "part",
  Kit = "kit",
}

export enum StockEvent {
  Added,
  Removed,
  Restocked,
  Low,
}

export interface Item {
  sku: string;
  name: string;
  category: Category;
  qty: number;
  reserved: number;
}

export class HttpError extends Error {
  constructor(public readonly status: number, message: string) {
    super(message);
    this.name = "HttpError";
  }
}
