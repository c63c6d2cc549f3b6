import { hooks } from '../core/hooks.js';

export const name = 'stats';
export const counters = { events: 0, byAuthor: {} };

export function setup() {
  hooks.on('*', (type, payload) => {
    counters.events += 1;
    if (type === 'post:created') counters.byAuthor[payload.author] = (counters.byAuthor[payload.author] ?? 0) + 1;
  });
}
