'use strict';
const ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';

let counter = 1_000;

function encode(n) {
  let out = '';
  do {
    out = ALPHABET[n % ALPHABET.length] + out;
    n = Math.floor(n / ALPHABET.length);
  } while (n > 0);
  return out;
}

exports.nextCode = () => encode(++counter);
exports.encode = encode;
exports.issued = () => counter - 1_000;
