const winston = require('winston');
const Transport = require('winston-transport');

class MemoryTransport extends Transport {
  constructor(opts = {}) {
    super(opts);
    this.entries = [];
    this.limit = opts.limit || 20;
  }

  log(info, callback) {
    this.entries.push({ seq: info.seq, level: info.level, message: info.message, ...(info.key && { key: info.key }) });
    if (this.entries.length > this.limit) this.entries.shift();
    callback();
  }
}

let seq = 0;
const sequence = winston.format((info) => {
  seq += 1;
  info.seq = seq;
  return info;
});

const memory = new MemoryTransport({ limit: 12 });

const logger = winston.createLogger({
  level: 'info',
  format: winston.format.combine(sequence(), winston.format.json()),
  transports: [memory],
});

logger.memory = memory;
module.exports = logger;
