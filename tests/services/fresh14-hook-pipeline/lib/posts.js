'use strict';
const all = new Map();

module.exports = {
  add(post) {
    all.set(post.slug, post);
  },
  remove(slug) {
    const post = all.get(slug);
    all.delete(slug);
    return post;
  },
  list() {
    return [...all.values()];
  },
};
