// A tiny in-memory "database": tables are Maps, ids come from per-table sequences.
const tables = {
  users: new Map(),
  teams: new Map(),
  memberships: [],
};
const sequences = { users: 0, teams: 0 };

function nextId(table) {
  sequences[table] += 1;
  return sequences[table];
}

module.exports = { tables, nextId };
