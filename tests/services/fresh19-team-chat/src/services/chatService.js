'use strict';
const channels = require('../stores/channels');
const bus = require('../lib/bus');
const logger = require('../lib/logger');

class ChatError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function requireChannel(name) {
  const channel = channels.get(name);
  if (!channel) throw new ChatError(404, `#${name} does not exist`);
  return channel;
}

exports.ChatError = ChatError;

exports.createChannel = (name, topic, owner) => {
  if (channels.get(name)) throw new ChatError(409, `#${name} already exists`);
  const channel = channels.create(name, topic, owner);
  logger.info({ channel: name, owner }, 'channel created');
  bus.emit('channel', { name });
  return { name, topic, owner, members: [...channel.members] };
};

exports.join = (name, handle) => {
  const channel = requireChannel(name);
  channel.members.add(handle);
  return { name, members: [...channel.members] };
};

exports.post = (name, handle, text) => {
  const channel = requireChannel(name);
  if (!channel.members.has(handle)) throw new ChatError(403, `join #${name} first`);
  const message = channels.post(channel, handle, text);
  bus.emit('message', message);
  return message;
};

exports.edit = (name, id, handle, text) => {
  const channel = requireChannel(name);
  const message = channel.messages.find((m) => m.id === id);
  if (!message) throw new ChatError(404, `message ${id} not found`);
  if (message.author !== handle) throw new ChatError(403, 'only the author can edit');
  Object.assign(message, { text, edited: true });
  return message;
};

exports.history = (name, { before, limit = 10 }) => {
  const channel = requireChannel(name);
  const list = before ? channel.messages.filter((m) => m.id < before) : channel.messages;
  return list.slice(-limit);
};

exports.recent = (name) => {
  requireChannel(name);
  return { ids: channels.recentIds(name) || null, cached: channels.cachedChannels() };
};
