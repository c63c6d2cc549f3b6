const { EventEmitter } = require('events');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class JobQueue extends EventEmitter {
  jobs = new Map();
  nextId = 1;
  processed = 0;

  add(type, payload) {
    const job = { id: this.nextId++, type, payload, state: 'queued', attempts: 0 };
    this.jobs.set(job.id, job);
    setTimeout(() => this.run(job.id), 3000);
    return job;
  }

  async run(id) {
    const job = this.jobs.get(id);
    if (!job || job.state !== 'queued') return;
    job.state = 'running';
    do {
      job.attempts++;
      await sleep(5);
    } while (job.type === 'flaky' && job.attempts < 3);
    job.state = 'done';
    this.processed++;
    this.emit('done', job);
  }
}

module.exports = new JobQueue();
