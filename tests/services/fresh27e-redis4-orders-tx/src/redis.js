const { createClient } = require('redis');

const client = createClient({ url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' });
client.on('error', (err) => console.error('[redis]', err.message));

const key = (...parts) => ['fresh27e-redis4-orders-tx', ...parts].join(':');

module.exports = { client, key };
