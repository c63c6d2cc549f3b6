// Fake vendor APIs: each answers after a tick with a price from its own table.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const calls = {};

function vendor(name, table, { delay = 1, failOn = [] } = {}) {
  return async function quote(sku) {
    calls[name] = (calls[name] ?? 0) + 1;
    await sleep(delay);
    if (failOn.includes(sku)) throw new Error(`${name} has no ${sku}`, { cause: { vendor: name, sku } });
    return { vendor: name, sku, price: table[sku] ?? null };
  };
}

export const vendors = [
  vendor('northwind', { lamp: 31, desk: 140, chair: 75 }, { delay: 2 }),
  vendor('contoso', { lamp: 29, desk: 155 }, { delay: 1, failOn: ['chair'] }),
  vendor('fabrikam', { lamp: 35, chair: 70 }, { delay: 3 }),
];
