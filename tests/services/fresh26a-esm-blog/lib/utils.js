import slugify from 'slugify';
import { posts, tagIndex } from './store.js';

export function uniqueSlug(title) {
  const base = slugify(title, { lower: true, strict: true }) || 'post';
  let slug = base;
  for (let n = 2; posts.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

export function indexTags(slug, tags = []) {
  for (const tag of tags) {
    (tagIndex.get(tag) ?? tagIndex.set(tag, new Set()).get(tag)).add(slug);
  }
}

export function unindexTags(slug, tags = []) {
  for (const tag of tags) {
    const set = tagIndex.get(tag);
    set?.delete(slug);
    if (set?.size === 0) tagIndex.delete(tag);
  }
}

export const excerpt = (body, words = 8) => {
  const parts = body.split(/\s+/);
  return parts.length > words ? `${parts.slice(0, words).join(' ')}…` : body;
};

export function summary(post) {
  const { body, ...rest } = post;
  return { ...rest, excerpt: excerpt(body) };
}
