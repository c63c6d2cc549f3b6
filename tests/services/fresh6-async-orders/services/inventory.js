// An inventory behind async methods, as if it were a remote store.
const { OutOfStockError, HttpError } = require('../errors/http-error');

const stock = new Map([['apple', 5], ['pear', 2], ['plum', 0]]);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function available(sku) {
  await sleep(1);
  if (!stock.has(sku)) throw HttpError.notFound(`unknown sku ${sku}`);
  return stock.get(sku);
}

async function reserve(sku, qty) {
  const left = await available(sku);
  if (left < qty) throw new OutOfStockError(sku, qty, left);
  stock.set(sku, left - qty);
  return left - qty;
}

async function release(sku, qty) {
  await sleep(1);
  stock.set(sku, (stock.get(sku) ?? 0) + qty);
}

async function restock(sku, qty) {
  await null;
  stock.set(sku, (stock.get(sku) ?? 0) + qty);
  return stock.get(sku);
}

const snapshot = () => Object.fromEntries(stock);

module.exports = { available, reserve, release, restock, snapshot };
