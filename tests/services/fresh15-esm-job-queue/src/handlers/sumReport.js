import { setTimeout as sleep } from 'node:timers/promises';
import { settings } from '../settings.js';

export async function sumReport({ values }) {
  await sleep(settings.unitOfWorkMs * Math.min(values.length, 5));
  const total = values.reduce((a, b) => a + b, 0);
  return { count: values.length, total, mean: values.length ? +(total / values.length).toFixed(2) : null };
}
