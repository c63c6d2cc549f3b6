'use strict';

// Shaped like a database driver: every call is async and returns copies.
class Table {
  constructor(prefix) {
    this.prefix = prefix;
    this.rows = new Map();
    this.next = 1;
  }

  async insert(values) {
    const row = { id: `${this.prefix}${this.next++}`, ...values };
    this.rows.set(row.id, row);
    return structuredClone(row);
  }

  async get(id) {
    const row = this.rows.get(id);
    return row ? structuredClone(row) : null;
  }

  async select(where = {}) {
    return [...this.rows.values()]
      .filter((row) => Object.entries(where).every(([k, v]) => (Array.isArray(v) ? v.includes(row[k]) : row[k] === v)))
      .map((row) => structuredClone(row));
  }

  async update(id, values) {
    const row = this.rows.get(id);
    if (!row) return null;
    Object.assign(row, values);
    return structuredClone(row);
  }
}

function createRepos() {
  const repos = {
    rooms: new Table('room_'),
    users: new Table('u'),
    bookings: new Table('b'),
    waitlist: new Table('w'),
    notices: new Table('n'),
  };
  for (const [name, seats] of [['atlas', 1], ['boreal', 2]]) {
    repos.rooms.rows.set(name, { id: name, name, seats, active: true });
  }
  for (const name of ['kim', 'lee', 'max', 'noa']) {
    repos.users.rows.set(name, { id: name, strikes: 0, suspended: false });
  }
  return repos;
}

module.exports = { createRepos, Table };
