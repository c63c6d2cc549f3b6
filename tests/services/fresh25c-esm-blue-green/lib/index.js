export * from './slots.js';
export { report, reset, statusOf as health } from './health.js';
