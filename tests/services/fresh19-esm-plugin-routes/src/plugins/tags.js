import { addFilter, hooks } from '../core/hooks.js';

export const name = 'tags';
export const tagCounts = new Map();

export function setup() {
  addFilter('post', (post) => ({ ...post, tags: [...new Set((post.body.match(/#\w+/g) ?? []).map((t) => t.slice(1).toLowerCase()))] }));
  hooks.on('post:created', (post) => {
    for (const tag of post.tags) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
  });
}
