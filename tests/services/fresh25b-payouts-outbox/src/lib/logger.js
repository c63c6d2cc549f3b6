'use strict';

const pino = require('pino');

// Lines go to an in-memory sink (a log shipper reads it in production); no time, pid or hostname.
function createLogger(level) {
  const sink = {
    lines: [],
    write(chunk) {
      const { level: lvl, msg, ...rest } = JSON.parse(chunk);
      this.lines.push(`${pino.levels.labels[lvl]} ${msg} ${JSON.stringify(rest)}`);
      if (this.lines.length > 30) this.lines.shift();
    },
  };
  const logger = pino({ level, base: null, timestamp: false }, sink);
  return { logger, sink };
}

module.exports = { createLogger };
