import { setTimeout as sleep } from 'node:timers/promises';
import { AsyncQueue } from '#lib/queue';
import { sign } from '#lib/sign';
import { post } from './endpoints.js';
import { matching, find } from './subscriptions.js';

export * from './subscriptions.js';
export { inbox } from './endpoints.js';

const MAX_ATTEMPTS = 4;
const BACKOFF_MS = [0, 20, 40, 80];

export const queue = new AsyncQueue();
export const log = [];
const stats = { delivered: 0, retried: 0, dead: 0 };
let nextEvent = 100;

export function publish(type, data) {
  const event = { id: ++nextEvent, type, data };
  const targets = matching(type);
  for (const sub of targets) queue.push({ subId: sub.id, event, attempt: 1 });
  return { event: event.id, fanout: targets.length };
}

async function deliver(job) {
  const sub = find(job.subId);
  if (!sub?.active) return;
  const delivery = { event: job.event, signature: sign(sub.secret, job.event) };
  let status;
  try {
    ({ status } = await post(sub.url, delivery));
  } catch (err) {
    status = err.message;
  }
  log.push({ sub: sub.id, event: job.event.id, attempt: job.attempt, status });
  if (status === 200) {
    stats.delivered++;
    sub.failures = 0;
    return;
  }
  sub.failures++;
  if (job.attempt >= MAX_ATTEMPTS) {
    stats.dead++;
    if (sub.failures >= MAX_ATTEMPTS) sub.active = false;
    return;
  }
  stats.retried++;
  const retry = { ...job, attempt: job.attempt + 1 };
  sleep(BACKOFF_MS[job.attempt]).then(() => queue.push(retry));
}

// the worker: one delivery at a time, for as long as the process lives
(async () => {
  for await (const job of queue) await deliver(job);
})();

export const summary = () => ({ ...stats, queued: queue.depth, pushed: queue.pushed });
