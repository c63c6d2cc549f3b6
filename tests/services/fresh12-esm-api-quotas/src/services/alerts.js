import { usage } from './quota.js';

export const alerts = [];
const rejectedUnits = {};

usage.on('alert', (key, used) => alerts.push({ key, used }));
usage.on('rejected', (key, units) => {
  rejectedUnits[key] = (rejectedUnits[key] ?? 0) + units;
});

export const rejected = () => ({ ...rejectedUnits });
