'use strict';
const counts = { queued: 0, done: 0, failed: 0, cancelled: 0 };
const finished = [];

function attach(queue) {
  for (const event of Object.keys(counts)) {
    queue.on(event, (job) => {
      counts[event] += 1;
      if (event !== 'queued') finished.push(`${job.id}:${event}`);
    });
  }
}

module.exports = { attach, counts, finished };
