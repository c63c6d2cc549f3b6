// in-memory "database": tables plus auto increment counters
const tables = {
  books: new Map(),
  members: new Map(),
  loans: new Map(),
};
const counters = { books: 0, members: 0, loans: 0 };

function insert(table, row) {
  counters[table] += 1;
  const record = { id: counters[table], ...row };
  tables[table].set(record.id, record);
  return record;
}

function get(table, id) {
  return tables[table].get(Number(id));
}

function where(table, predicate) {
  return [...tables[table].values()].filter(predicate);
}

function update(table, id, changes) {
  const row = get(table, id);
  if (!row) return undefined;
  Object.assign(row, changes);
  return row;
}

module.exports = { insert, get, where, update, tables };
