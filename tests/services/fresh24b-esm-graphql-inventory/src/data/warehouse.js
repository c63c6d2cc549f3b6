const items = new Map();
const movements = [];
let sku = 0;

export function addItem(name, qty) {
  const item = { sku: `SKU-${String(++sku).padStart(3, '0')}`, name, qty };
  items.set(item.sku, item);
  movements.push({ sku: item.sku, delta: qty, reason: 'created' });
  return item;
}

export function adjust(skuId, delta, reason) {
  const item = items.get(skuId);
  if (!item) return null;
  if (item.qty + delta < 0) throw new Error(`not enough ${item.name} (have ${item.qty})`);
  item.qty += delta;
  movements.push({ sku: skuId, delta, reason });
  return item;
}

export const allItems = () => [...items.values()];
export const itemBySku = (s) => items.get(s) ?? null;
export const movementsOf = (s) => movements.filter((m) => m.sku === s);
export const movementCount = () => movements.length;
