import { setTimeout as sleep } from 'node:timers/promises';
import { config } from '../config.js';
import { cents } from '../lib/money.js';

const prices = new Map([
  ['espresso', cents(2.4)],
  ['latte', cents(3.6)],
  ['croissant', cents(1.9)],
  ['beans-1kg', cents(24)],
]);

export const pricingCalls = { count: 0, maxInFlight: 0, inFlight: 0 };

// Pretends to be a remote pricing service.
export async function quote(sku, qty) {
  pricingCalls.count += 1;
  pricingCalls.inFlight += 1;
  pricingCalls.maxInFlight = Math.max(pricingCalls.maxInFlight, pricingCalls.inFlight);
  try {
    await sleep(config.pricingLatencyMs);
    const unit = prices.get(sku);
    if (unit === undefined) throw Object.assign(new Error(`unknown sku ${sku}`), { status: 422 });
    const discount = qty >= 10 ? 0.1 : 0;
    return { sku, qty, unit, total: Math.round(unit * qty * (1 - discount)) };
  } finally {
    pricingCalls.inFlight -= 1;
  }
}

export function setPrice(sku, amount) {
  const old = prices.get(sku);
  prices.set(sku, cents(amount));
  return { sku, old: old ?? null, now: prices.get(sku) };
}

export const listPrices = () => Object.fromEntries(prices);
