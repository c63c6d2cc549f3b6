'use strict';
// A factory plugin: banned words from its options, rejections kept in its closure.
module.exports = function moderation({ banned }) {
  const rejected = [];
  return {
    name: 'moderation',
    rejected,
    apply(hooks) {
      hooks.validate.tap('banned-words', (post) => {
        const word = banned.find((w) => post.title.toLowerCase().includes(w));
        if (word) {
          rejected.push(post.title);
          return `contains "${word}"`;
        }
      });
      hooks.normalize.tap({ name: 'trim', stage: -10 }, (post) => ({ ...post, title: post.title.trim() }));
    },
  };
};
