'use strict';
const log = [];
let seq = 0;

function write(line) {
  seq += 1;
  log.push(`${seq} ${line}`);
}

module.exports = {
  name: 'audit',
  setup(api) {
    api
      .on('request', (req) => {
        if (req.method !== 'GET') write(`${req.method} ${req.path}`);
      })
      .on('afterCreate', (post) => write(`created ${post.slug}`))
      .on('afterRemove', (post) => write(`removed ${post.slug}`));
  },
  entries: () => log.slice(-6),
};
