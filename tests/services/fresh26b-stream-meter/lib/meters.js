// Stream classes whose _transform/_write count into this module's totals.
'use strict';
const { Transform, Writable } = require('node:stream');
const util = require('node:util');

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

// The older way, still in many code bases: a constructor function inheriting Transform.
const redactions = { count: 0, words: [] };
function Redactor(words) {
  Transform.call(this, { objectMode: true });
  this.words = words;
}
util.inherits(Redactor, Transform);
Redactor.prototype._transform = function (entry, enc, done) {
  let msg = entry.msg;
  for (const w of this.words) {
    if (msg.includes(w)) {
      redactions.count++;
      if (!redactions.words.includes(w)) redactions.words.push(w);
      msg = msg.split(w).join('***');
    }
  }
  done(null, { ...entry, msg });
};

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

module.exports = { LineSplitter, LevelFilter, Redactor, collector, totals, seenLevels, redactions };
