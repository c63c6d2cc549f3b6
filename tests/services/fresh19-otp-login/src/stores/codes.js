const { LRUCache } = require('lru-cache');
const config = require('../config');

// pending one-time codes by email; stale entries are dropped when read
module.exports = new LRUCache({ max: 100, ttl: config.otpTtl, updateAgeOnGet: false });
