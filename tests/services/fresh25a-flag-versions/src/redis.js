const { createClient } = require('redis');

const client = createClient({ url: process.env.REDIS_URL, name: 'flags' });
client.on('error', (err) => console.error('redis', err.message));

module.exports = { client, ready: client.connect() };
