'use strict';

// a repository made by a factory over a table it is handed
function createRepository(table, nextId) {
  return {
    insert(data) {
      const row = { id: nextId(), ...data };
      table.set(row.id, row);
      return row;
    },
    update(id, patch) {
      const row = table.get(id);
      if (!row) return null;
      Object.assign(row, patch);
      return row;
    },
    find: (id) => table.get(id) ?? null,
    all: () => [...table.values()],
  };
}

module.exports = { createRepository };
