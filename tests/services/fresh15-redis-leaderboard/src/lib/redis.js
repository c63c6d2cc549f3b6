const { createClient } = require('redis');
const config = require('../config');

const client = createClient({ url: config.redisUrl });
client.on('error', (err) => console.error('redis error', err.message));

const key = (...parts) => config.keyPrefix + parts.join(':');

module.exports = { client, key, ready: client.connect() };
