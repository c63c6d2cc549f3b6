const crypto = require('crypto');

let calls = 0;

function contentHash(body, encoding) {
  calls++;
  const buf = Buffer.isBuffer(body) ? body : Buffer.from(body, encoding);
  return crypto.createHash('sha256').update(buf).digest('hex').slice(0, 12);
}

module.exports = { contentHash, hashCalls: () => calls };
