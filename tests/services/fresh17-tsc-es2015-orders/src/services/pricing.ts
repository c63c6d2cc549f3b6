export namespace Pricing {
  const prices: { [sku: string]: number } = { apple: 120, pear: 95, fig: 310 };
  let quotes = 0;

  export function quote(sku: string, qty: number): number {
    quotes++;
    const unit = prices[sku];
    if (unit === undefined) throw new Error(`unknown sku ${sku}`);
    return unit * qty;
  }

  export function setPrice(sku: string, cents: number): void {
    prices[sku] = cents;
  }

  export function stats() {
    return { quotes, skus: Object.keys(prices).length };
  }
}
