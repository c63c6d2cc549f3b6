"use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
exports.missed = void 0;
exports.resolveLink = resolveLink;
var _store = require("../store");
function asyncGeneratorStep(n, t, e, r, o, a, c) { try { var i = n[a](c), u = i.value; } catch (n) { return void e(n); } i.done ? t(u) : Promise.resolve(u).then(r, o); }
function _asyncToGenerator(n) { return function () { var t = this, e = arguments; return new Promise(function (r, o) { var a = n.apply(t, e); function _next(n) { asyncGeneratorStep(a, r, o, _next, _throw, "next", n); } function _throw(n) { asyncGeneratorStep(a, r, o, _next, _throw, "throw", n); } _next(void 0); }); }; }
const pause = () => new Promise(resolve => setImmediate(resolve));
const misses = [];
function resolveLink(_x, _x2) {
  return _resolveLink.apply(this, arguments);
}
function _resolveLink() {
  _resolveLink = _asyncToGenerator(function* (id, referrer) {
    yield pause();
    const link = _store.links.hit(id, referrer);
    if (!link) {
      misses.push(id);
      return null;
    }
    return link.url;
  });
  return _resolveLink.apply(this, arguments);
}
const missed = () => misses.slice();
exports.missed = missed;