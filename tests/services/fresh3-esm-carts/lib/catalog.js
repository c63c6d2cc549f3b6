export const prices = new Map([
  ['pen', 150],
  ['pad', 400],
  ['ink', 275],
]);

export let priceVersion = 1;

export function setPrice(sku, cents) {
  prices.set(sku, cents);
  priceVersion += 1;
}
