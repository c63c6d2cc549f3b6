import Decimal from 'decimal.js';
import { TAX_RATES } from '../config.js';

const Money = Decimal.clone({ precision: 20, rounding: Decimal.ROUND_HALF_EVEN });

export const toCents = (value) => new Money(value).toDecimalPlaces(2).toFixed(2);

export function lineTotal({ unitPrice, quantity, tax }) {
  const net = new Money(unitPrice).times(quantity);
  const vat = net.times(TAX_RATES[tax]).toDecimalPlaces(2);
  return { net: net.toFixed(2), vat: vat.toFixed(2), gross: net.plus(vat).toFixed(2) };
}

export function sum(values) {
  return values.reduce((acc, v) => acc.plus(v), new Money(0)).toFixed(2);
}
