export * from './cards.js';
export { COLUMNS, wipLimit as limits, setLimit } from './columns.js';
export { default as history } from './history.js';
