const sessions = new Map();
let counter = 0;

const SESSION_DEFAULTS = Object.freeze({ theme: 'light', lang: 'en', visits: 0 });

module.exports = {
  create(user) {
    counter += 1;
    const id = `sess-${counter.toString(16).padStart(6, '0')}`;
    sessions.set(id, { user, prefs: { ...SESSION_DEFAULTS }, createdSeq: counter });
    return id;
  },
  get: (id) => (id ? sessions.get(id) : undefined),
  destroy: (id) => sessions.delete(id),
  get active() {
    return sessions.size;
  },
};
