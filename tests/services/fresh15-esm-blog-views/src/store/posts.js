import slugify from 'slugify';
import { marked } from 'marked';

const posts = new Map(); // slug -> post
const views = new Map(); // slug -> count
let sequence = 0;

const uniqueSlug = (title) => {
  const base = slugify(title, { lower: true, strict: true }) || 'post';
  let slug = base;
  for (let n = 2; posts.has(slug); n += 1) slug = `${base}-${n}`;
  return slug;
};

export function create({ title, body, author, tags }) {
  const slug = uniqueSlug(title);
  const post = {
    id: ++sequence,
    slug,
    title,
    author,
    tags: [...new Set(tags.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean))],
    html: marked.parse(body, { headerIds: false, mangle: false }),
    comments: [],
  };
  posts.set(slug, post);
  return post;
}

export const find = (slug) => posts.get(slug);

export function read(slug) {
  const post = posts.get(slug);
  if (post) views.set(slug, (views.get(slug) ?? 0) + 1);
  return post;
}

export const viewsOf = (slug) => views.get(slug) ?? 0;

export function list({ tag } = {}) {
  const all = [...posts.values()].reverse();
  return tag ? all.filter((p) => p.tags.includes(tag)) : all;
}

export function comment(slug, { author, text }) {
  const post = posts.get(slug);
  post.comments.push({ n: post.comments.length + 1, author, text });
  return post;
}

export function remove(slug) {
  views.delete(slug);
  return posts.delete(slug);
}
