'use strict';
// An object plugin: counts by author, an async indexer hook and an interceptor counting tap runs.
const stats = {
  byAuthor: {},
  indexed: [],
  tapRuns: {},
  apply(hooks) {
    hooks.created.tap('stats', (post) => {
      stats.byAuthor[post.author] = (stats.byAuthor[post.author] ?? 0) + 1;
    });
    hooks.index.tapPromise('indexer', async (post) => {
      await null;
      stats.indexed.push(post.slug);
    });
    for (const name of ['normalize', 'created']) {
      hooks[name].intercept({
        tap: (tap) => {
          stats.tapRuns[tap.name] = (stats.tapRuns[tap.name] ?? 0) + 1;
        },
      });
    }
  },
};
module.exports = stats;
