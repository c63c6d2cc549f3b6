'use strict';
const { LRUCache } = require('lru-cache');
const { recentPerChannel } = require('../config');

class ChannelStore {
  constructor() {
    this.channels = new Map();
    this.messageSeq = 0;
    this.recent = new LRUCache({ max: 2 }); // recent messages of the two busiest-lately channels
  }

  create(name, topic, owner) {
    const channel = { name, topic, owner, members: new Set([owner]), messages: [] };
    this.channels.set(name, channel);
    return channel;
  }

  get(name) {
    return this.channels.get(name);
  }

  post(channel, author, text) {
    this.messageSeq += 1;
    const message = { id: this.messageSeq, channel: channel.name, author, text, edited: false };
    channel.messages.push(message);
    const recent = this.recent.get(channel.name) || [];
    this.recent.set(channel.name, [...recent, message.id].slice(-recentPerChannel));
    return message;
  }

  recentIds(name) {
    return this.recent.get(name);
  }

  cachedChannels() {
    return [...this.recent.keys()];
  }
}

module.exports = new ChannelStore();
