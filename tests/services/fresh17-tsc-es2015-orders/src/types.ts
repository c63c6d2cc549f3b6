export enum OrderStatus {
  Pending,
  Processing,
  Shipped,
  Failed,
  Cancelled,
}

export interface Line {
  sku: string;
  qty: number;
}

export interface Order {
  id: number;
  customer: string;
  lines: Line[];
  status: OrderStatus;
  total: number;
  attempts: number;
}
