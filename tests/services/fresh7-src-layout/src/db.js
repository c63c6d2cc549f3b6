// A tiny in-memory database: tables of rows with auto-increment ids,
// createdSeq/updatedSeq instead of timestamps, and soft deletes.
const tables = {};
let clock = 0;

function table(name) {
  tables[name] ??= { rows: [], autoIncrement: 0 };
  return tables[name];
}

function insert(name, data) {
  const t = table(name);
  const row = { id: ++t.autoIncrement, ...data, createdSeq: ++clock, updatedSeq: clock, deletedAt: null };
  t.rows.push(row);
  return { ...row };
}

function findAll(name, { where = {}, withDeleted = false } = {}) {
  return table(name).rows
    .filter((r) => withDeleted || r.deletedAt === null)
    .filter((r) => Object.entries(where).every(([k, v]) => r[k] === v))
    .map((r) => ({ ...r }));
}

function findById(name, id, opts) {
  return findAll(name, opts).find((r) => r.id === id) ?? null;
}

function update(name, id, changes) {
  const row = table(name).rows.find((r) => r.id === id && r.deletedAt === null);
  if (!row) return null;
  Object.assign(row, changes, { updatedSeq: ++clock });
  return { ...row };
}

function softDelete(name, id) {
  const row = table(name).rows.find((r) => r.id === id && r.deletedAt === null);
  if (!row) return false;
  row.deletedAt = ++clock;
  return true;
}

function restore(name, id) {
  const row = table(name).rows.find((r) => r.id === id && r.deletedAt !== null);
  if (!row) return null;
  row.deletedAt = null;
  row.updatedSeq = ++clock;
  return { ...row };
}

function purge(name) {
  const t = table(name);
  const before = t.rows.length;
  t.rows = t.rows.filter((r) => r.deletedAt === null);
  return before - t.rows.length;
}

module.exports = { insert, findAll, findById, update, softDelete, restore, purge, stats: () => ({ clock, tables: Object.keys(tables) }) };
