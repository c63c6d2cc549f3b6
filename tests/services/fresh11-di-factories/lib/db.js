'use strict';

// the "database": one Map per table, created once and handed to whoever needs it
const tables = {
  users: new Map(),
  orders: new Map(),
};
const sequences = { users: 0, orders: 0 };

function nextId(table) {
  sequences[table] += 1;
  return sequences[table];
}

module.exports = { tables, nextId, sequences };
