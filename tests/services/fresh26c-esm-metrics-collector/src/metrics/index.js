export { Metric, Histogram, settings } from './registry.js';
export * from './exposition.js';
export { default as defaults } from '../../config/defaults.json' with { type: 'json' };
