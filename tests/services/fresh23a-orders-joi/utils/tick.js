'use strict';

// stands in for a database round trip
module.exports = () => new Promise((resolve) => setImmediate(resolve));
