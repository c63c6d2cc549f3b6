const RedisQueue = require('./RedisQueue');
const config = require('../config');
const jobs = require('../jobs');

const queue = new RedisQueue(config.queue.name, config.queue);
for (const [type, handler] of Object.entries(jobs)) {
  if (typeof handler === 'function') queue.register(type, handler);
}

module.exports = queue;
