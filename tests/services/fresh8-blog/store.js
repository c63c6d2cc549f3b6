// The posts, in memory, behind an async API as a database client would have.
const slugify = require('slugify');

slugify.extend({ '♥': 'love', '&': 'and' });

const posts = [];
let nextId = 1;

const tick = () => new Promise((resolve) => setImmediate(resolve));

function uniqueSlug(title) {
  const base = slugify(title, { lower: true, strict: true, locale: 'de' });
  let slug = base;
  for (let n = 2; posts.some((p) => p.slug === slug); n += 1) slug = `${base}-${n}`;
  return slug;
}

module.exports = {
  async create(fields) {
    await tick();
    const post = { id: nextId++, slug: uniqueSlug(fields.title), comments: [], ...fields };
    posts.push(post);
    return post;
  },
  async bySlug(slug) {
    await tick();
    return posts.find((p) => p.slug === slug) || null;
  },
  async list(tag) {
    await tick();
    return posts.filter((p) => !tag || (p.tags || []).includes(tag));
  },
  async remove(post) {
    await tick();
    posts.splice(posts.indexOf(post), 1);
  },
};
