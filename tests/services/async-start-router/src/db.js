const { createClient } = require('redis');
const config = require('./config');

let client;

async function connect() {
  client = createClient({ url: config.redisUrl });
  client.on('error', (err) => console.error('redis error', err.message));
  await client.connect();
  return client;
}

function db() {
  if (!client) throw new Error('not connected');
  return client;
}

module.exports = { connect, db };
