import { logger } from '../lib/logger.js';
import { requestId } from '../lib/context.js';
import * as http from './httpClient.js';

const orders = new Map();
const stock = { apple: 5, pear: 1 };
let seq = 100;

const tick = () => new Promise((resolve) => setImmediate(resolve));

export async function place({ item, qty }) {
  logger.debug('placing', { item });
  await tick();
  if (!(item in stock)) {
    const err = new Error(`unknown item ${item}`);
    err.status = 404;
    throw err;
  }
  if (stock[item] < qty) {
    logger.warn('short', { item, have: stock[item], want: qty });
    const err = new Error(`only ${stock[item]} ${item} left`);
    err.status = 409;
    throw err;
  }
  stock[item] -= qty;
  const order = { id: ++seq, item, qty, placedBy: requestId() };
  orders.set(order.id, order);
  logger.info('placed', { order: order.id });
  await http.post('/warehouse/pick', { order: order.id });
  logger.info('pick requested', { order: order.id });
  return order;
}

export function get(id) {
  return orders.get(id);
}

export const remaining = () => ({ ...stock });
