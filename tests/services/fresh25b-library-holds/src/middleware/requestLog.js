'use strict';

const morgan = require('morgan');

morgan.token('member', (req, res) => res.locals.memberName ?? '-');

// Access log kept in memory (shipped to the log collector in production), last 50 lines.
function createRequestLog(format) {
  const lines = [];
  const stream = {
    write(line) {
      lines.push(line.trimEnd());
      if (lines.length > 50) lines.shift();
    },
  };
  return { middleware: morgan(format, { stream }), lines };
}

module.exports = { createRequestLog };
