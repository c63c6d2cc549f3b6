const { EventEmitter } = require('node:events');
const Poll = require('../models/Poll');

const events = new EventEmitter();
const polls = new Map();

const repo = {
  events,
  create(question, options) {
    const poll = new Poll(question, options);
    polls.set(poll.id, poll);
    return poll;
  },
  get: (id) => polls.get(Number(id)),
  vote(id, voter, option) {
    const poll = this.get(id);
    if (!poll) return 'no such poll';
    const err = poll.vote(voter, option);
    if (!err) events.emit('voted', poll.id, option);
    return err;
  },
  close(id) {
    const poll = this.get(id);
    if (poll?.open) {
      poll.open = false;
      events.emit('closed', poll.id);
    }
  },
  all: () => [...polls.values()],
};

module.exports = repo;
