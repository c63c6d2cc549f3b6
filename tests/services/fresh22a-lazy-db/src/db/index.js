'use strict';

const fs = require('node:fs/promises');
const path = require('node:path');
const { setImmediate: tick } = require('node:timers/promises');

// A fake database "connection": opened lazily on first use, shared by every module.
let dbPromise = null;
const stats = { connects: 0, calls: 0 };

async function connect() {
  stats.connects++;
  await tick();
  const raw = await fs.readFile(path.join(__dirname, '..', '..', 'seed', 'products.json'), 'utf8');
  const tables = { products: new Map(), orders: [] };
  for (const p of JSON.parse(raw)) tables.products.set(p.sku, p);
  return {
    tables,
    query(table) {
      stats.calls++;
      return tables[table];
    },
  };
}

function getDb() {
  if (!dbPromise) {
    dbPromise = connect().catch((err) => {
      dbPromise = null; // let the next call retry
      throw err;
    });
  }
  return dbPromise;
}

module.exports = { getDb, stats };
