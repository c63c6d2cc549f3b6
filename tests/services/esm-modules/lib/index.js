export { default, PREFIX } from './greet.js';
export * from './format.js';
