const products = require('../repositories/productRepo');

const carts = new Map();
const metrics = { checkouts: 0, failures: 0, inFlight: 0 };

function cartFor(id) {
  if (!carts.has(id)) carts.set(id, { id, lines: [], createdAt: carts.size + 1 });
  return carts.get(id);
}

async function addLine(cartId, productId, qty) {
  const product = await products.get(productId);
  if (!product) return null;
  const cart = cartFor(cartId);
  const line = cart.lines.find((l) => l.productId === productId);
  if (line) line.qty += qty;
  else cart.lines.push({ productId, qty });
  return cart;
}

async function checkout(cartId) {
  const cart = carts.get(cartId);
  if (!cart?.lines.length) return { ok: false, reason: 'empty cart' };
  metrics.inFlight++;
  try {
    const results = await Promise.allSettled(cart.lines.map(async (l) => {
      const p = await products.reserve(l.productId, l.qty);
      return p.price * l.qty;
    }));
    const failed = results.filter((r) => r.status === 'rejected').map((r) => r.reason.message);
    const total = results.filter((r) => r.status === 'fulfilled').reduce((s, r) => s + r.value, 0);
    if (failed.length) {
      metrics.failures++;
      return { ok: false, failed, partialTotal: total };
    }
    metrics.checkouts++;
    carts.delete(cartId);
    return { ok: true, total };
  } finally {
    metrics.inFlight--;
  }
}

module.exports = { cartFor, addLine, checkout, metrics, carts };
