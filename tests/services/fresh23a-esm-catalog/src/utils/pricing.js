// Pricing helpers. They change the product they are given in place.
const round2 = (n) => Math.round(n * 100) / 100;

export function applyDiscount(product, percent, reason = 'manual') {
  const before = product.price;
  product.price = round2(before * (1 - percent / 100));
  (product.priceHistory ??= []).push({ from: before, to: product.price, reason });
  return product;
}

export function addRating(product, stars) {
  product.ratings ??= { count: 0, sum: 0 };
  product.ratings.count += 1;
  product.ratings.sum += stars;
  product.rating = round2(product.ratings.sum / product.ratings.count);
}

export function adjustStock(product, delta) {
  const next = product.stock + delta;
  if (next < 0) return false;
  product.stock = next;
  product.status = next === 0 ? 'sold-out' : next < 3 ? 'low' : 'in-stock';
  return true;
}
