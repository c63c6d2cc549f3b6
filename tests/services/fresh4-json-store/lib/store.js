const fs = require('node:fs/promises');
const { promisify } = require('node:util');
const zlib = require('node:zlib');
const { Mutex } = require('./mutex');

const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);

// Old-style callback helper, promisified below the way people still do it.
function checksum(text, callback) {
  setImmediate(() => {
    if (typeof text !== 'string') return callback(new TypeError('text must be a string'));
    let h = 7;
    for (const ch of text) h = (h * 33 + ch.charCodeAt(0)) >>> 0;
    callback(null, h.toString(16));
  });
}
const checksumAsync = promisify(checksum);

class JsonStore {
  constructor(file) {
    this.file = file;
    this.lock = new Mutex();
    this.writes = 0;
  }

  async read() {
    return JSON.parse(await fs.readFile(this.file, 'utf8'));
  }

  update(change) {
    return this.lock.run(async () => {
      const data = await this.read();
      const result = await change(data);
      await fs.writeFile(this.file, JSON.stringify(data, null, 2));
      this.writes += 1;
      return result;
    });
  }

  async backup(target) {
    const raw = await fs.readFile(this.file);
    const packed = await gzip(raw);
    await fs.writeFile(target, packed);
    const back = await gunzip(await fs.readFile(target));
    return { same: back.equals(raw), sum: await checksumAsync(back.toString('utf8')) };
  }
}

module.exports = { JsonStore, checksumAsync };
