const { createClient } = require('redis');

const client = createClient({ url: process.env.REDIS_URL, name: 'flags' });
const health = { redis: 'connecting', transitions: [] };

const mark = (state) => () => {
  health.redis = state;
  health.transitions.push(state);
};
client.on('connect', mark('connected'));
client.on('ready', mark('ready'));
client.on('end', mark('closed'));
client.on('error', (err) => {
  health.redis = 'error';
  console.error('redis', err.message);
});

module.exports = { client, health, ready: client.connect() };
