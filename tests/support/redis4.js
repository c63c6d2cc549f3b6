// Preloaded (node --require) by the node-redis 4 differential test: the service's
// require('redis') gets node-redis 4 (tests/node/package.json's `redis4`), the
// same source that Liquefy runs with its own `redis` module.
const Module = require("module");
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === "redis" ? "redis4" : request, ...rest);
};
