'use strict';

// a tiny in-memory "database" with a promise API, written the way callback code gets wrapped
const users = new Map([
  ['u1', { id: 'u1', name: 'Ann', visits: 0, badges: [] }],
  ['u2', { id: 'u2', name: 'Bo', visits: 0, badges: [] }],
]);
const carts = new Map();

function findUser(id) {
  return new Promise((resolve, reject) => {
    const user = users.get(id);
    if (!user) return reject(Object.assign(new Error(`no user ${id}`), { status: 404 }));
    setImmediate(() => resolve(user));
  });
}

function cartOf(id) {
  return new Promise((resolve) => {
    if (!carts.has(id)) carts.set(id, { owner: id, items: [] });
    resolve(carts.get(id));
  });
}

module.exports = { users, carts, findUser, cartOf };
