// pretend this is a slow Postgres query layer
const products = new Map([
  ['p1', { id: 'p1', name: 'Espresso machine', price: 349 }],
  ['p2', { id: 'p2', name: 'Grinder', price: 129 }],
  ['p3', { id: 'p3', name: 'Milk jug', price: 19 }],
]);

export const queries = { count: 0, log: [] };

export async function findProduct(id) {
  queries.count++;
  queries.log.push(id);
  await new Promise((resolve) => setImmediate(resolve));
  const row = products.get(id);
  return row ? { ...row } : null;
}

export async function updatePrice(id, price) {
  const row = products.get(id);
  if (!row) return null;
  row.price = price;
  return { ...row };
}
