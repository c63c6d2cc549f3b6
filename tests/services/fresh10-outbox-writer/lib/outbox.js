const fs = require('fs/promises');
const path = require('path');
const { EventEmitter, once } = require('events');
const config = require('./config');

const FILE = path.join(__dirname, '..', config.file);

class Outbox extends EventEmitter {
  #pending = [];
  #timer = null;
  #controller = null;
  flushes = 0;
  written = 0;

  enqueue(event) {
    this.#pending.push({ seq: this.written + this.#pending.length + 1, ...event });
    if (this.#pending.length >= config.maxBatch) {
      this.#cancelTimer();
      return this.flush('batch full');
    }
    this.#schedule();
    return Promise.resolve(null);
  }

  #schedule() {
    this.#cancelTimer();
    this.#controller = new AbortController();
    const { signal } = this.#controller;
    this.#timer = setTimeout(() => {
      if (!signal.aborted) this.flush('timer');
    }, config.flushAfterMs);
  }

  #cancelTimer() {
    clearTimeout(this.#timer);
    this.#controller?.abort();
    this.#timer = null;
  }

  get pending() {
    return this.#pending.length;
  }

  async flush(reason) {
    if (!this.#pending.length) return null;
    const batch = this.#pending.splice(0);
    const current = JSON.parse(await fs.readFile(FILE, 'utf8'));
    current.push({ reason, events: batch.map((e) => `${e.seq}:${e.type}`) });
    await fs.writeFile(FILE, JSON.stringify(current, null, 2));
    this.flushes++;
    this.written += batch.length;
    this.emit('flushed', { reason, size: batch.length });
    return batch.length;
  }
}

const outbox = new Outbox();
const flushLog = [];
outbox.on('flushed', ({ reason, size }) => flushLog.push(`${reason}/${size}`));

async function waitForFlush(ms) {
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), ms);
  try {
    const [info] = await once(outbox, 'flushed', { signal: ac.signal });
    return info;
  } catch (err) {
    if (err.name === 'AbortError') return null;
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

module.exports = { outbox, flushLog, waitForFlush, FILE };
