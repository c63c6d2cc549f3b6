'use strict';
const users = new Map();
const sessions = new Map();
let sessionSeq = 0;

module.exports = {
  upsert(handle, displayName) {
    const existing = users.get(handle);
    const user = existing || { handle, displayName, joined: users.size + 1, unread: 0 };
    if (existing && displayName) existing.displayName = displayName;
    users.set(handle, user);
    return user;
  },
  get: (handle) => users.get(handle),
  all: () => [...users.values()],
  openSession(handle) {
    sessionSeq += 1;
    const sid = `s${sessionSeq}`;
    sessions.set(sid, handle);
    return sid;
  },
  sessionUser: (sid) => (sessions.has(sid) ? users.get(sessions.get(sid)) : undefined),
  closeSession: (sid) => sessions.delete(sid),
};
