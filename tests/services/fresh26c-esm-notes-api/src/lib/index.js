export * from './text.js';
export * as ids from './ids.js';
export { default as NoteStore } from './store.js';
export { default as seed } from '#data/seed.json' with { type: 'json' };
