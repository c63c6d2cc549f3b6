// Preloaded (node --require) for a service whose package.json asks for Express 5: its
// require('express') gets Express 5 (tests/node/package.json's `express5`), as Liquefy's
// runtime then behaves as Express 5 (executor/packages.py express_major).
const Module = require("module");
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === "express" ? "express5" : request, ...rest);
};
