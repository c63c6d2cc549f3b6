"use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
exports.resetIds = exports.nextId = exports.ids = void 0;
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
function* sequence(start) {
  let n = start;
  while (true) {
    let s = '';
    let k = n;
    do {
      s = ALPHABET[k % ALPHABET.length] + s;
      k = Math.floor(k / ALPHABET.length);
    } while (k > 0);
    const reset = yield s;
    n = reset !== null && reset !== void 0 ? reset : n + 7;
  }
}
const ids = exports.ids = sequence(1000);
const nextId = () => ids.next().value;
exports.nextId = nextId;
const resetIds = n => ids.next(n).value;
exports.resetIds = resetIds;