import { currentContext } from './context.js';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 };

class MemoryLogger {
  #lines = [];
  #seq = 0;

  constructor({ max = 50, level = 'info', bindings = {} } = {}, sink = null) {
    this.max = max;
    this.level = level;
    this.bindings = bindings;
    this.sink = sink ?? this; // children write into their root's buffer
  }

  child(bindings) {
    return new MemoryLogger({ max: this.max, level: this.level, bindings: { ...this.bindings, ...bindings } }, this.sink);
  }

  write(level, msg, extra = {}) {
    if (LEVELS[level] < LEVELS[this.level]) return;
    const ctx = currentContext();
    this.sink.#push({
      level,
      rid: ctx?.requestId ?? '-',
      cid: ctx?.correlationId ?? '-',
      ...this.bindings,
      msg,
      ...extra,
    });
  }

  #push(line) {
    line.seq = ++this.#seq;
    this.#lines.push(line);
    if (this.#lines.length > this.max) this.#lines.shift();
  }

  lines({ rid, level } = {}) {
    return this.#lines.filter((l) => (!rid || l.rid === rid) && (!level || l.level === level));
  }

  debug(msg, extra) { this.write('debug', msg, extra); }
  info(msg, extra) { this.write('info', msg, extra); }
  warn(msg, extra) { this.write('warn', msg, extra); }
  error(msg, extra) { this.write('error', msg, extra); }
}

export const logger = new MemoryLogger({ max: 30 });
