const db = require('../db');

module.exports = {
  create(name) {
    const team = { id: db.nextId('teams'), name, createdBy: null };
    db.tables.teams.set(team.id, team);
    return team;
  },
  findById(id) {
    return db.tables.teams.get(id);
  },
  all() {
    return [...db.tables.teams.values()];
  },
  addMember(teamId, userId) {
    db.tables.memberships.push({ teamId, userId });
  },
  removeMember(userId) {
    const i = db.tables.memberships.findIndex((m) => m.userId === userId);
    if (i !== -1) db.tables.memberships.splice(i, 1);
    return i !== -1;
  },
  members(teamId) {
    return db.tables.memberships.filter((m) => m.teamId === teamId).map((m) => m.userId);
  },
};
