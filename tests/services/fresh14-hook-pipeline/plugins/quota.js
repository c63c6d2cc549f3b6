'use strict';

module.exports = function quota({ perAuthor = 3 } = {}) {
  const used = new Map();
  return {
    name: 'quota',
    setup(api) {
      api
        .on('validate', ({ author }) =>
          (used.get(author) ?? 0) >= perAuthor ? `quota of ${perAuthor} reached for ${author}` : null)
        .on('afterCreate', ({ author }) => used.set(author, (used.get(author) ?? 0) + 1))
        .handle('refund', (author) => used.set(author, Math.max(0, (used.get(author) ?? 0) - 1)));
    },
  };
};
