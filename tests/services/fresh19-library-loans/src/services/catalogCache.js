const NodeCache = require('node-cache');

// search results cached until something changes; no timer (stdTTL 0, checkperiod 0)
const cache = new NodeCache({ stdTTL: 0, checkperiod: 0, useClones: true });

module.exports = cache;
