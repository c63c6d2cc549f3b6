const fs = require('node:fs/promises');
const path = require('node:path');

// Buffers writes and flushes them to a JSON file once the current burst of
// requests is over (setTimeout 0, re-armed by each write).
class DebouncedStore {
  #file;
  #pending = new Map();
  #timer = null;
  #flushed = null;
  flushCount = 0;

  constructor(file) {
    this.#file = file;
  }

  async #read() {
    try {
      return JSON.parse(await fs.readFile(this.#file, 'utf8'));
    } catch (err) {
      if (err.code === 'ENOENT') return {};
      throw err;
    }
  }

  async #flush() {
    const batch = new Map(this.#pending);
    this.#pending.clear();
    const data = await this.#read();
    for (const [key, lines] of batch) data[key] = [...(data[key] ?? []), ...lines];
    await fs.mkdir(path.dirname(this.#file), { recursive: true });
    await fs.writeFile(this.#file, JSON.stringify(data, null, 2));
    this.flushCount += 1;
    return batch.size;
  }

  append(key, line) {
    const lines = this.#pending.get(key) ?? [];
    lines.push(line);
    this.#pending.set(key, lines);
    clearTimeout(this.#timer);
    let done;
    this.#flushed = new Promise((resolve) => {
      done = resolve;
    });
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#flush().then(done, done);
    }, 0);
    return lines.length;
  }

  get pendingKeys() {
    return [...this.#pending.keys()];
  }

  async settled() {
    await this.#flushed;
  }

  async read(key) {
    await this.settled();
    const data = await this.#read();
    return data[key] ?? null;
  }
}

module.exports = DebouncedStore;
