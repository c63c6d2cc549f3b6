import { addFilter } from '../core/hooks.js';

export const name = 'reading-time';
export function setup() {
  addFilter('post', (post) => ({ ...post, minutes: Math.max(1, Math.round(post.body.split(/\s+/).length / 3)) }));
}
