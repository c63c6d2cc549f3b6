import { JobQueue } from './JobQueue.js';
import { settings } from '../settings.js';
import { sumReport } from '../handlers/sumReport.js';
import { flakyExport } from '../handlers/flakyExport.js';
import { audit } from './audit.js';

export const queue = new JobQueue(settings)
  .register('sum-report', sumReport)
  .register('export', flakyExport);

for (const event of ['queued', 'done', 'retrying', 'failed', 'cancelled']) {
  queue.on(event, (job) => audit.record(event, job));
}
