const { createClient } = require('redis');

const client = createClient({ url: process.env.REDIS_URL });
client.on('error', (err) => console.error('[redis]', err.message));
client.connect().catch((err) => {
  console.error('redis connect failed', err);
  process.exitCode = 1;
});

module.exports = client;
