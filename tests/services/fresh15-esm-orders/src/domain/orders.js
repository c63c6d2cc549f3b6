import { produce, enablePatches, produceWithPatches } from 'immer';
import dayjs from 'dayjs';
import pLimit from 'p-limit';

import { config } from '../config.js';
import { quote } from './catalog.js';

enablePatches();

const TRANSITIONS = {
  draft: ['placed', 'cancelled'],
  placed: ['paid', 'cancelled'],
  paid: ['shipped'],
  shipped: [],
  cancelled: [],
};

export class OrderError extends Error {
  constructor(message, status = 409) {
    super(message);
    this.status = status;
  }
}

let state = { orders: {}, nextNumber: 1 };
const history = []; // patches, for the audit endpoint
const limit = pLimit(config.pricingConcurrency);

const commit = (recipe) => {
  const [next, patches] = produceWithPatches(state, recipe);
  state = next;
  history.push(...patches.map((p) => ({ op: p.op, path: p.path.join('/') })));
  return state;
};

export function createOrder({ customer, orderedAt }) {
  const number = `ORD-${String(state.nextNumber).padStart(4, '0')}`;
  commit((draft) => {
    draft.orders[number] = { number, customer, status: 'draft', lines: [], orderedAt, totals: null };
    draft.nextNumber += 1;
  });
  return state.orders[number];
}

export function getOrder(number) {
  const order = state.orders[number];
  if (!order) throw new OrderError(`order ${number} not found`, 404);
  return order;
}

export function addLine(number, line) {
  const order = getOrder(number);
  if (order.status !== 'draft') throw new OrderError(`order ${number} is ${order.status}`);
  commit((draft) => {
    const lines = draft.orders[number].lines;
    const existing = lines.find((l) => l.sku === line.sku);
    if (existing) existing.qty += line.qty;
    else lines.push({ ...line });
  });
  return state.orders[number];
}

export async function place(number) {
  const order = getOrder(number);
  assertTransition(order, 'placed');
  if (order.lines.length === 0) throw new OrderError('cannot place an empty order', 422);
  const quotes = await Promise.all(order.lines.map((l) => limit(() => quote(l.sku, l.qty))));
  const net = quotes.reduce((sum, q) => sum + q.total, 0);
  const tax = Math.round(net * config.taxRate);
  const due = dayjs(order.orderedAt).add(config.paymentWindowDays, 'day');
  commit((draft) => {
    const o = draft.orders[number];
    o.status = 'placed';
    o.totals = { net, tax, gross: net + tax, dueBy: due.format('YYYY-MM-DD') };
    quotes.forEach((q, i) => {
      o.lines[i].unit = q.unit;
    });
  });
  return state.orders[number];
}

export function transition(number, to, { at } = {}) {
  const order = getOrder(number);
  assertTransition(order, to);
  commit((draft) => {
    const o = draft.orders[number];
    o.status = to;
    if (to === 'paid') {
      o.paidAt = at;
      o.late = dayjs(at).isAfter(dayjs(o.totals.dueBy), 'day');
    }
  });
  return state.orders[number];
}

function assertTransition(order, to) {
  if (!TRANSITIONS[order.status].includes(to)) {
    throw new OrderError(`cannot go from ${order.status} to ${to}`);
  }
}

export function summary() {
  const orders = Object.values(state.orders);
  const byStatus = produce({}, (acc) => {
    for (const o of orders) acc[o.status] = (acc[o.status] ?? 0) + 1;
  });
  const revenue = orders.filter((o) => o.status === 'paid' || o.status === 'shipped').reduce((s, o) => s + o.totals.gross, 0);
  return { count: orders.length, byStatus, revenue, changes: history.length };
}

export const audit = (n) => history.slice(-n);
