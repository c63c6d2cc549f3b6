// Stream classes whose _transform/_write count into this module's totals.
'use strict';
const { Transform, Writable } = require('node:stream');

const totals = { lines: 0, bytes: 0, rejected: 0, chunks: 0 };
const seenLevels = new Map();

class LineSplitter extends Transform {
  constructor() {
    super({ readableObjectMode: true });
    this.rest = '';
  }
  _transform(chunk, enc, done) {
    totals.chunks++;
    const text = this.rest + chunk.toString('utf8');
    const parts = text.split('\n');
    this.rest = parts.pop();
    for (const p of parts) if (p.trim()) this.push(p.trim());
    done();
  }
  _flush(done) {
    if (this.rest.trim()) this.push(this.rest.trim());
    done();
  }
}

class LevelFilter extends Transform {
  constructor(min) {
    super({ objectMode: true });
    this.min = min;
  }
  _transform(line, enc, done) {
    const [level, ...words] = line.split(' ');
    const rank = { debug: 0, info: 1, warn: 2, error: 3 }[level];
    if (rank === undefined || rank < this.min) {
      totals.rejected++;
      return done();
    }
    seenLevels.set(level, (seenLevels.get(level) || 0) + 1);
    done(null, { level, msg: words.join(' ') });
  }
}

function collector(into) {
  return new Writable({
    objectMode: true,
    write(entry, enc, done) {
      totals.lines++;
      totals.bytes += entry.msg.length;
      into.push(entry);
      done();
    },
  });
}

module.exports = { LineSplitter, LevelFilter, collector, totals, seenLevels };
