'use strict';

const rows = [];
let nextId = 1;
const byEmail = new Map();

module.exports = {
  insert(row) {
    const saved = { id: nextId++, ...row };
    rows.push(saved);
    byEmail.set(saved.email, saved);
    return saved;
  },
  findByEmail: (email) => byEmail.get(email),
  get count() {
    return rows.length;
  },
  get lastId() {
    return rows.at(-1)?.id ?? null;
  },
  all: () => rows.map(({ id, email, plan }) => ({ id, email, plan })),
};
