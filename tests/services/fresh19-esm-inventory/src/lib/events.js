import EventEmitter from 'eventemitter3';

export const bus = new EventEmitter();
export const EVENTS = {
  STOCK_CHANGED: 'stock:changed',
  LOW_STOCK: 'stock:low',
  RESERVED: 'reservation:created',
};
