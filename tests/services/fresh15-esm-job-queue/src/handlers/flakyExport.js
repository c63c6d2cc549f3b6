import { setTimeout as sleep } from 'node:timers/promises';
import { settings } from '../settings.js';

// Fails `failTimes` times (an unreliable downstream), then exports.
export async function flakyExport({ format, failTimes = 0 }, job) {
  await sleep(settings.unitOfWorkMs);
  if (job.attempts <= failTimes) throw new Error(`downstream unavailable (attempt ${job.attempts})`);
  return { file: `export-${job.id}.${format}` };
}
