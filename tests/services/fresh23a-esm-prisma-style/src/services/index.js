export * from './auth.service.js';
export * from './post.service.js';
export * from './notification.service.js';
