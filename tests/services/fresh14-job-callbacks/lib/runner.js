'use strict';
const { Channel } = require('./channel');
const { handlers } = require('./handlers');

const channel = new Channel();
const jobs = new Map();
let processed = 0;
let retries = 0;
let seq = 0;

function create(kind, payload, { maxRetries = 0 } = {}) {
  const run = handlers[kind];
  if (!run) return null;
  const job = { id: `j${++seq}`, kind, payload, run, maxRetries, onDone: [], state: 'queued' };
  jobs.set(job.id, job);
  return job;
}

function enqueue(job) {
  channel.push(job);
  return job;
}

async function work(job) {
  try {
    job.result = await job.run(job.payload);
    job.state = 'done';
  } catch (err) {
    if (job.maxRetries > 0) {
      job.maxRetries--;
      retries++;
      channel.push(job);
      return;
    }
    job.state = 'failed';
    job.error = err.message;
  }
  processed++;
  job.onDone.forEach((cb) => cb(job));
}

async function loop() {
  for await (const job of channel) {
    await work(job);
  }
}

module.exports = {
  start: () => {
    loop();
  },
  create,
  enqueue,
  get: (id) => jobs.get(id),
  status: () => ({ processed, retries, pushed: channel.pushed, queued: channel.size }),
};
