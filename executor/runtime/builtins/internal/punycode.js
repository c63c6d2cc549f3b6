'use strict';
// Punycode (RFC 3492), as the punycode.js library bundled with Node.js does it
// (MIT licence), and the label-by-label ToASCII / ToUnicode that the URL
// parser uses for domains (without the UTS #46 mapping table).

const base = 36;
const tMin = 1;
const tMax = 26;
const skew = 38;
const damp = 700;
const initialBias = 72;
const initialN = 128;
const maxInt = 0x7fffffff;

const errors = {
  'overflow': 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
};

function error(type) {
  throw new RangeError(errors[type]);
}

function adapt(delta, numPoints, firstTime) {
  let k = 0;
  delta = firstTime ? Math.floor(delta / damp) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  for (; delta > ((base - tMin) * tMax) >> 1; k += base) delta = Math.floor(delta / (base - tMin));
  return Math.floor(k + ((base - tMin + 1) * delta) / (delta + skew));
}

function digitToBasic(digit) {
  return digit + 22 + 75 * (digit < 26);
}

function basicToDigit(codePoint) {
  if (codePoint >= 0x30 && codePoint < 0x3a) return 26 + (codePoint - 0x30);
  if (codePoint >= 0x41 && codePoint < 0x5b) return codePoint - 0x41;
  if (codePoint >= 0x61 && codePoint < 0x7b) return codePoint - 0x61;
  return base;
}

// A string (its code points, lone surrogates included) -> Punycode.
function encode(input) {
  const codePoints = Array.from(input, (ch) => ch.codePointAt(0));
  let n = initialN;
  let delta = 0;
  let bias = initialBias;
  let output = '';
  for (const c of codePoints) if (c < 0x80) output += String.fromCharCode(c);
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength) output += '-';
  while (handled < codePoints.length) {
    let m = maxInt;
    for (const c of codePoints) if (c >= n && c < m) m = c;
    if (m - n > Math.floor((maxInt - delta) / (handled + 1))) error('overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of codePoints) {
      if (c < n && ++delta > maxInt) error('overflow');
      if (c === n) {
        let q = delta;
        for (let k = base; ; k += base) {
          const t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias);
          if (q < t) break;
          output += String.fromCharCode(digitToBasic(t + (q - t) % (base - t)));
          q = Math.floor((q - t) / (base - t));
        }
        output += String.fromCharCode(digitToBasic(q));
        bias = adapt(delta, handled + 1, handled === basicLength);
        delta = 0;
        ++handled;
      }
    }
    ++delta;
    ++n;
  }
  return output;
}

// Punycode -> the string it encodes.
function decode(input) {
  const output = [];
  let i = 0;
  let n = initialN;
  let bias = initialBias;
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; ++j) {
    if (input.charCodeAt(j) >= 0x80) error('not-basic');
    output.push(input.charCodeAt(j));
  }
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const oldi = i;
    for (let w = 1, k = base; ; k += base) {
      if (index >= input.length) error('invalid-input');
      const digit = basicToDigit(input.charCodeAt(index++));
      if (digit >= base) error('invalid-input');
      if (digit > Math.floor((maxInt - i) / w)) error('overflow');
      i += digit * w;
      const t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias);
      if (digit < t) break;
      const baseMinusT = base - t;
      if (w > Math.floor(maxInt / baseMinusT)) error('overflow');
      w *= baseMinusT;
    }
    const out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    if (Math.floor(i / out) > maxInt - n) error('overflow');
    n += Math.floor(i / out);
    i %= out;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

function attempt(fn, arg) {
  try {
    return fn(arg);
  } catch {
    return null;
  }
}

// Each label that is not ASCII becomes "xn--" + Punycode; "xn--" labels must
// decode to something that is not ASCII. Returns null when a label is invalid.
function toASCII(domain) {
  const labels = domain.split('.');
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label.startsWith('xn--') && /[^\x00-\x7f]/.test(label)) return null;
    if (/[^\x00-\x7f]/.test(label)) {
      const encoded = attempt(encode, label);
      if (encoded === null) return null;
      labels[i] = `xn--${encoded}`;
    } else if (label.startsWith('xn--')) {
      const decoded = attempt(decode, label.slice(4));
      if (decoded === null || decoded === '' || !/[^\x00-\x7f]/.test(decoded) ||
          /[\ud800-\udfff]/.test(decoded)) {
        return null;
      }
    }
  }
  return labels.join('.');
}

function toUnicode(domain) {
  return domain.split('.').map((label) => {
    if (label.toLowerCase().startsWith('xn--')) {
      const decoded = attempt(decode, label.slice(4).toLowerCase());
      return decoded === null ? label : decoded;
    }
    return label;
  }).join('.');
}

module.exports = { encode, decode, toASCII, toUnicode };
