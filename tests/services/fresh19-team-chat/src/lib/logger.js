'use strict';
const pino = require('pino');

// keep the last log lines in memory so /debug/logs can show them (the real deployment ships stdout)
const lines = [];
const memory = {
  write(chunk) {
    lines.push(JSON.parse(chunk));
    if (lines.length > 50) lines.shift();
  },
};

const logger = pino({ level: 'info', base: { svc: 'chat' }, timestamp: false }, memory);
logger.recent = (n) => lines.slice(-n).map(({ level, msg, ...rest }) => ({ level, msg, ...rest }));

module.exports = logger;
