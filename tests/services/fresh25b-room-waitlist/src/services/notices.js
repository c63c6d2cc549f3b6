'use strict';

module.exports = function noticeService({ repos, clock }) {
  return {
    send: (user, text) => repos.notices.insert({ user, text, at: new Date(clock.now()).toISOString() }),
    async inbox(user) {
      const rows = await repos.notices.select({ user });
      return rows.map(({ text, at }) => `${at.slice(11, 16)} ${text}`);
    },
  };
};
