const { createClient } = require('redis');
const { redisUrl, prefix } = require('./config');

const redis = createClient({ url: redisUrl });
redis.on('error', (err) => console.error('redis error', err));

const k = (...parts) => prefix + parts.join(':');

module.exports = { redis, k, connected: redis.connect() };
