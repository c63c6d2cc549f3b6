'use strict';
const bus = require('../lib/bus');
const users = require('../stores/users');
const logger = require('../lib/logger');

const inbox = new Map(); // handle -> [{ from, channel, id }]

bus.on('message', (message) => {
  const handles = new Set(message.text.match(/@([a-z0-9_]+)/g)?.map((m) => m.slice(1)) || []);
  for (const handle of handles) {
    const user = users.get(handle);
    if (!user || handle === message.author) continue;
    user.unread += 1;
    if (!inbox.has(handle)) inbox.set(handle, []);
    inbox.get(handle).push({ from: message.author, channel: message.channel, id: message.id });
    logger.info({ to: handle, id: message.id }, 'mention');
  }
});

bus.on('*', (type, payload) => {
  if (type !== 'message') logger.debug({ type, payload }, 'event');
});

module.exports = {
  drain(handle) {
    const items = inbox.get(handle) || [];
    inbox.set(handle, []);
    const user = users.get(handle);
    if (user) user.unread = 0;
    return items;
  },
};
