const Redis = require('ioredis');

const redis = new Redis(process.env.REDIS_URL || 'redis://127.0.0.1:6379', {
  keyPrefix: 'fresh25a-ioredis-analytics:',
  maxRetriesPerRequest: 2,
});
redis.on('error', (e) => console.error('[ioredis]', e.message));

module.exports = redis;
