'use strict';
// The runtime's `process` (core.js), for vendored packages that require('process/').
module.exports = globalThis.process;
