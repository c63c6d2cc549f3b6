'use strict';
// Optional plugin hooks; not every plugin has every hook.
const metrics = require('./metrics');

const closed = [];
const plugins = {
  archive: {
    onClose(board, items) {
      closed.push({ board, kept: items.length });
    },
  },
  counter: {
    onOpen: (board) => metrics.bump('opened'),
    onClose: (board) => metrics.bump('closed'),
  },
  greeter: {
    onOpen(board) {
      metrics.remember('firstBoard', board);
    },
  },
};

// Hooks every board gets, whatever the plugins: arrays of functions in a table
const history = [];
const lifecycle = {
  onOpen: [(board) => history.push(`open:${board}`)],
  onClose: [(board, items) => history.push(`close:${board}:${items.length}`), () => metrics.bump('lifecycle')],
};

function run(hook, ...args) {
  lifecycle?.[hook]?.forEach((fn) => fn(...args));
  let ran = 0;
  for (const name of Object.keys(plugins)) {
    if (plugins[name]?.[hook]?.(...args) !== undefined || plugins[name]?.[hook]) ran++;
  }
  return ran;
}

module.exports = { run, closed, plugins, history };
