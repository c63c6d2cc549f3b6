import createError from 'http-errors';
import * as R from 'ramda';
import { getState, update, undo, historySize } from '../store/invoices.js';
import { lineTotal, sum } from './money.js';
import { CURRENCY, TAX_RATES } from '../config.js';

const pad = (n) => String(n).padStart(4, '0');

const totals = (lines) => ({
  net: sum(R.pluck('net', lines)),
  vat: sum(R.pluck('vat', lines)),
  gross: sum(R.pluck('gross', lines)),
});

export function createInvoice({ customer }) {
  if (!customer || typeof customer !== 'string') throw createError(400, 'customer is required');
  let number;
  update(`create ${customer}`, (draft) => {
    number = `INV-${pad(draft.nextNumber)}`;
    draft.nextNumber += 1;
    draft.invoices[number] = { number, customer, status: 'draft', currency: CURRENCY, lines: [] };
    draft.order.push(number);
  });
  return present(number);
}

function find(number) {
  const invoice = getState().invoices[number];
  if (!invoice) throw createError(404, `invoice ${number} not found`);
  return invoice;
}

export function present(number) {
  const invoice = find(number);
  return { ...invoice, totals: totals(invoice.lines) };
}

export function addLine(number, { description, unitPrice, quantity = 1, tax = 'standard' }) {
  const invoice = find(number);
  if (invoice.status !== 'draft') throw createError(409, `invoice ${number} is ${invoice.status}`);
  if (!(tax in TAX_RATES)) throw createError(400, `unknown tax class ${tax}`);
  if (!/^\d+(\.\d{1,4})?$/.test(String(unitPrice))) throw createError(400, 'unitPrice must be a decimal string');
  const line = { description, unitPrice: String(unitPrice), quantity, tax, ...lineTotal({ unitPrice, quantity, tax }) };
  update(`line ${number}`, (draft) => {
    draft.invoices[number].lines.push(line);
  });
  return present(number);
}

export function issue(number) {
  const invoice = find(number);
  if (invoice.lines.length === 0) throw createError(422, 'cannot issue an empty invoice');
  if (invoice.status !== 'draft') throw createError(409, `invoice ${number} is ${invoice.status}`);
  update(`issue ${number}`, (draft) => {
    draft.invoices[number].status = 'issued';
  });
  return present(number);
}

export function revert() {
  const label = undo();
  if (!label) throw createError(409, 'nothing to undo');
  return { undone: label, remaining: historySize() };
}

const byCustomer = R.pipe(
  R.map((inv) => ({ customer: inv.customer, status: inv.status, gross: totals(inv.lines).gross })),
  R.groupBy(R.prop('customer')),
  R.map((list) => ({ invoices: list.length, gross: sum(R.pluck('gross', list)) })),
);

export function report({ status } = {}) {
  const { invoices, order } = getState();
  const list = order.map((n) => invoices[n]).filter((inv) => !status || inv.status === status);
  return { count: list.length, customers: byCustomer(list), history: historySize() };
}

export function listNumbers() {
  return getState().order;
}
