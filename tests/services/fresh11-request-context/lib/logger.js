'use strict';
const { current } = require('./context');

const lines = [];

function log(message) {
  const { requestId = '-', user } = current();
  lines.push(`[${requestId}]${user ? ` ${user}:` : ''} ${message}`);
}

module.exports = { log, lines };
