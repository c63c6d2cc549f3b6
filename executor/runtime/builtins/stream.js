'use strict';
// node:stream: readable-stream 4 (vendor/readable-stream, Node 20's lib/stream.js and
// internals published as a package; MIT licence), unchanged.
module.exports = require('vendor/readable-stream/lib/stream');
