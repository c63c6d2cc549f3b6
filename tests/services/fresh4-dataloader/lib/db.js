// An in-memory "database" that records every query it gets.
const users = new Map([
  [1, { id: 1, name: 'Ada', team: 10 }],
  [2, { id: 2, name: 'Brendan', team: 10 }],
  [3, { id: 3, name: 'Grace', team: 20 }],
]);
const teams = new Map([[10, { id: 10, title: 'Compilers' }], [20, { id: 20, title: 'Navy' }]]);
const queries = [];

async function usersByIds(ids) {
  queries.push(`users(${ids.join(',')})`);
  await null;
  return ids.map((id) => users.get(id) ?? new Error(`no user ${id}`));
}

async function teamsByIds(ids) {
  queries.push(`teams(${ids.join(',')})`);
  return ids.map((id) => teams.get(id) ?? new Error(`no team ${id}`));
}

function addUser(name, team) {
  const id = users.size + 1;
  users.set(id, { id, name, team });
  return id;
}

module.exports = { usersByIds, teamsByIds, addUser, queries };
