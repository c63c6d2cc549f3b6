'use strict';
// A digest object whose methods are handed to the registry as watchers.
const metrics = require('./metrics');
const registry = require('./registry');

const digest = {
  lines: [],
  byAuthor: {},
  record({ board, message }) {
    this.lines.push(`${board}:${message.text}`);
    (this.byAuthor[message.author] ||= { posts: 0, boards: [] }).posts++;
    const entry = this.byAuthor[message.author];
    if (!entry.boards.includes(board)) entry.boards.push(board);
  },
  drop({ board, message }) {
    this.lines = this.lines.filter((l) => l !== `${board}:${message?.text}`);
  },
};

registry.on('post', digest.record.bind(digest));
registry.on('take', (data) => digest.drop(data));
registry.on('post', ({ board }) => metrics.bump(`post:${board}`));
registry.on('take', ({ board, message }) => message && metrics.bump(`take:${board}`));

module.exports = digest;
