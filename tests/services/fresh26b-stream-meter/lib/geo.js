// A callback API (as an old SDK writes it) whose callbacks write a lookup cache; promisified.
'use strict';
const util = require('node:util');

const cache = {};
const stats = { lookups: 0, hits: 0 };
const TABLE = { ams: 'NL', ber: 'DE', lis: 'PT', osl: 'NO' };

function lookupCountry(code, callback) {
  stats.lookups++;
  if (cache[code]) {
    stats.hits++;
    return process.nextTick(callback, null, cache[code]);
  }
  setImmediate(() => {
    const country = TABLE[code];
    if (!country) return callback(Object.assign(new Error(`unknown ${code}`), { code: 'ENOCITY' }));
    cache[code] = country;
    callback(null, country);
  });
}

module.exports = { lookupCountry, lookup: util.promisify(lookupCountry), stats, cached: () => Object.keys(cache).sort() };
