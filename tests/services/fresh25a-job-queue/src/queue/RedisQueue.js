const { createClient } = require('redis');
const config = require('../config');

// A reliable queue: LPUSH onto `waiting`, LMOVE to `active` when taken (so a crashed worker's
// job is not lost), LREM when done; a job's body and attempts live in a hash.
class RedisQueue {
  constructor(name, { maxAttempts }) {
    this.name = name;
    this.maxAttempts = maxAttempts;
    this.client = createClient(config.redis);
    this.client.on('error', (e) => console.error('queue redis', e.message));
    this.handlers = new Map();
    this.processed = 0;
    this.failures = [];
  }

  key(part) {
    return `${this.name}:${part}`;
  }

  async connect() {
    await this.client.connect();
    return this;
  }

  register(type, handler) {
    this.handlers.set(type, handler);
    return this;
  }

  async add(type, data) {
    const id = await this.client.incr(this.key('ids'));
    await this.client
      .multi()
      .hSet(this.key(`job:${id}`), { type, data: JSON.stringify(data), attempts: '0', state: 'waiting' })
      .lPush(this.key('waiting'), String(id))
      .exec();
    return id;
  }

  async processNext() {
    const id = await this.client.lMove(this.key('waiting'), this.key('active'), 'RIGHT', 'LEFT');
    if (id === null) return null;
    const jobKey = this.key(`job:${id}`);
    const job = await this.client.hGetAll(jobKey);
    const attempts = await this.client.hIncrBy(jobKey, 'attempts', 1);
    const handler = this.handlers.get(job.type);
    try {
      if (!handler) throw new Error(`no handler for ${job.type}`);
      const result = await handler(JSON.parse(job.data), attempts);
      await this.client
        .multi()
        .lRem(this.key('active'), 1, id)
        .hSet(jobKey, { state: 'done', result: JSON.stringify(result) })
        .rPush(this.key('done'), id)
        .exec();
      this.processed++;
      return { id: Number(id), state: 'done', attempts, result };
    } catch (err) {
      this.failures.push({ id: Number(id), attempt: attempts, error: err.message });
      const retry = attempts < this.maxAttempts;
      await this.client
        .multi()
        .lRem(this.key('active'), 1, id)
        .hSet(jobKey, { state: retry ? 'waiting' : 'failed', error: err.message })
        .lPush(this.key(retry ? 'waiting' : 'failed'), id)
        .exec();
      return { id: Number(id), state: retry ? 'retrying' : 'failed', attempts, error: err.message };
    }
  }

  async counts() {
    const [waiting, active, done, failed] = await Promise.all(
      ['waiting', 'active', 'done', 'failed'].map((l) => this.client.lLen(this.key(l))),
    );
    return { waiting, active, done, failed };
  }

  async job(id) {
    const h = await this.client.hGetAll(this.key(`job:${id}`));
    if (!h.type) return null;
    return { id: Number(id), type: h.type, state: h.state, attempts: Number(h.attempts), result: h.result ? JSON.parse(h.result) : undefined, error: h.error };
  }
}

module.exports = RedisQueue;
