import dayjs from 'dayjs';
import { hooks, applyFilters } from './hooks.js';

const posts = [];
let clock = dayjs('2026-04-01T08:00:00Z');

export function addPost(input) {
  clock = clock.add(90, 'minute');
  const post = applyFilters('post', { id: posts.length + 1, ...input, at: clock.toISOString() });
  posts.push(post);
  hooks.emit('post:created', post);
  return post;
}

export const allPosts = () => posts;
export const findPost = (id) => posts.find((p) => p.id === id);
