// Classes whose callbacks use private members after the method that made them
// returned: a debounced flush by setTimeout, a microtask drain, a promise reaction,
// a listener of the class's own emitter, and `#x in o` brand checks.
const express = require('express');
const { EventEmitter } = require('events');

class WriteBuffer extends EventEmitter {
  #pending = [];
  #flushes = 0;
  #timer = null;
  static #created = 0;
  saved = [];

  constructor() {
    super();
    WriteBuffer.#created++;
    this.on('flushed', (count) => { this.#flushes += count > 0 ? 1 : 0; });
  }

  add(item) {
    this.#pending.push(item);
    if (this.#timer === null) {
      this.#timer = setTimeout(() => {
        this.#timer = null;
        this.#flush();
      }, 250);
    }
    return this.#pending.length;
  }

  addLater(item) {
    queueMicrotask(() => { this.#pending.push(item.toUpperCase()); });
    return Promise.resolve(item).then((it) => {
      this.#pending ??= [];
      return `${it}:${this.#pending.length}`;
    });
  }

  #flush() {
    const batch = this.#pending.splice(0);
    this.saved.push(...batch);
    this.emit('flushed', batch.length);
  }

  static isBuffer(o) { return #pending in o; }
  static get created() { return WriteBuffer.#created; }
  get stats() { return { pending: this.#pending.length, flushes: this.#flushes, saved: this.saved.length }; }
}

const buffer = new WriteBuffer();
const app = express();

app.post('/items/:item', (req, res) => res.json({ pending: buffer.add(req.params.item) }));
app.post('/later/:item', async (req, res) => res.json({ result: await buffer.addLater(req.params.item) }));
app.get('/stats', (req, res) => res.json({ ...buffer.stats, created: WriteBuffer.created, isBuffer: WriteBuffer.isBuffer(buffer) }));
app.get('/saved', (req, res) => res.json(buffer.saved));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
