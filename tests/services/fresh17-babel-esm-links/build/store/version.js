"use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
exports.bump = bump;
exports.version = exports.lastChange = void 0;
let version = exports.version = 0;
let lastChange = exports.lastChange = null;
function bump(reason) {
  exports.version = version = version + 1;
  exports.lastChange = lastChange = reason;
  return version;
}