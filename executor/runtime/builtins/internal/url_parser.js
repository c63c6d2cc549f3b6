'use strict';
// The WHATWG URL parser (https://url.spec.whatwg.org/#concept-basic-url-parser)
// as a state machine over code points, with state overrides for the
// setters, and the serializers.  A URL record is
//   { scheme, username, password, host, port, path, opaque, query, fragment }
// where `host` is null or an already serialized host ('' for the empty
// host), `path` an array of segments or, when `opaque`, a string.
//
// Domains go through lower-casing, NFC and Punycode rather than the full
// UTS #46 mapping table.

const { toASCII: punycodeToASCII } = require('internal/punycode');
const { utf8Encode, utf8Slice } = require('internal/encodings');

const specialSchemes = { 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };

function isSpecialScheme(scheme) {
  return Object.prototype.hasOwnProperty.call(specialSchemes, scheme);
}

function defaultPort(scheme) {
  return isSpecialScheme(scheme) ? specialSchemes[scheme] : null;
}

// ---- percent-encoding ------------------------------------------------------------

const inC0Control = (c) => c < 0x20 || c > 0x7e;
const inFragmentSet = (c) => inC0Control(c) || c === 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60;
const inQuerySet = (c) => inC0Control(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e;
const inSpecialQuerySet = (c) => inQuerySet(c) || c === 0x27;
const inPathSet = (c) => inQuerySet(c) || c === 0x3f || c === 0x60 || c === 0x7b || c === 0x7d;
const inUserinfoSet = (c) => inPathSet(c) || c === 0x2f || c === 0x3a || c === 0x3b || c === 0x3d ||
  c === 0x40 || (c >= 0x5b && c <= 0x5e) || c === 0x7c;

const HEX = '0123456789ABCDEF';

function percentEncodeByte(b) {
  return `%${HEX[b >> 4]}${HEX[b & 15]}`;
}

// UTF-8 percent-encodes one code point (given as a string) if the set says so.
function encodeCodePoint(ch, inSet) {
  const c = ch.codePointAt(0);
  if (c < 0x80 && !inSet(c)) return ch;
  if (c < 0x80) return percentEncodeByte(c);
  let out = '';
  for (const b of utf8Encode(ch)) out += percentEncodeByte(b);
  return out;
}

function encodeString(str, inSet) {
  let out = '';
  for (const ch of str) out += encodeCodePoint(ch, inSet);
  return out;
}

function isHexDigit(c) {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

// Percent-decodes a string into bytes.
function percentDecode(str) {
  const bytes = utf8Encode(str);
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length && isHexDigit(bytes[i + 1]) && isHexDigit(bytes[i + 2])) {
      out.push(parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16));
      i += 2;
    } else {
      out.push(b);
    }
  }
  return Uint8Array.from(out);
}

// ---- hosts -----------------------------------------------------------------------

const FAILURE = Symbol('failure');

function isForbiddenHostCodePoint(c) {
  return c === 0x00 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x20 || c === 0x23 ||
    c === 0x2f || c === 0x3a || c === 0x3c || c === 0x3e || c === 0x3f || c === 0x40 ||
    c === 0x5b || c === 0x5c || c === 0x5d || c === 0x5e || c === 0x7c;
}

function isForbiddenDomainCodePoint(c) {
  return isForbiddenHostCodePoint(c) || (c <= 0x1f) || c === 0x25 || c === 0x7f;
}

function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let pointer = 0;
  const cp = (i) => (i < input.length ? input.charCodeAt(i) : NaN);
  if (cp(pointer) === 0x3a) {
    if (cp(pointer + 1) !== 0x3a) return FAILURE;
    pointer += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (pointer < input.length) {
    if (pieceIndex === 8) return FAILURE;
    if (cp(pointer) === 0x3a) {
      if (compress !== null) return FAILURE;
      pointer++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && isHexDigit(cp(pointer))) {
      value = value * 0x10 + parseInt(input[pointer], 16);
      pointer++;
      length++;
    }
    if (cp(pointer) === 0x2e) {
      if (length === 0) return FAILURE;
      pointer -= length;
      if (pieceIndex > 6) return FAILURE;
      let numbersSeen = 0;
      while (pointer < input.length) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (cp(pointer) === 0x2e && numbersSeen < 4) pointer++;
          else return FAILURE;
        }
        if (!(cp(pointer) >= 0x30 && cp(pointer) <= 0x39)) return FAILURE;
        while (cp(pointer) >= 0x30 && cp(pointer) <= 0x39) {
          const number = cp(pointer) - 0x30;
          if (ipv4Piece === null) ipv4Piece = number;
          else if (ipv4Piece === 0) return FAILURE;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return FAILURE;
          pointer++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return FAILURE;
      break;
    } else if (cp(pointer) === 0x3a) {
      pointer++;
      if (pointer >= input.length) return FAILURE;
    } else if (pointer < input.length) {
      return FAILURE;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const tmp = address[compress + swaps - 1];
      address[compress + swaps - 1] = address[pieceIndex];
      address[pieceIndex] = tmp;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return FAILURE;
  }
  return address;
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces is compressed.
  let compress = null;
  let best = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > best) {
      best = j - i;
      compress = i;
    }
    i = j;
  }
  let output = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (compress === i) {
      output += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    output += address[i].toString(16);
    if (i !== 7) output += ':';
  }
  return `[${output}]`;
}

// An IPv4 number part: decimal, 0x hex or 0-prefixed octal.
function parseIPv4Number(input) {
  if (input === '') return FAILURE;
  let radix = 10;
  if (input.length >= 2 && input[0] === '0' && (input[1] === 'x' || input[1] === 'X')) {
    input = input.slice(2);
    radix = 16;
  } else if (input.length >= 2 && input[0] === '0') {
    input = input.slice(1);
    radix = 8;
  }
  if (input === '') return 0;
  const valid = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!valid.test(input)) return FAILURE;
  return parseInt(input, radix);
}

function endsInANumber(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return parseIPv4Number(last) !== FAILURE;
}

function parseIPv4(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return FAILURE;
  const numbers = [];
  for (const part of parts) {
    const n = parseIPv4Number(part);
    if (n === FAILURE) return FAILURE;
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return FAILURE;
  if (numbers[numbers.length - 1] >= 256 ** (5 - numbers.length)) return FAILURE;
  let ipv4 = numbers[numbers.length - 1];
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  return ipv4;
}

function serializeIPv4(address) {
  const out = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(String(address % 256));
    address = Math.floor(address / 256);
  }
  return out.join('.');
}

function parseOpaqueHost(input) {
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c !== 0x25 && isForbiddenHostCodePoint(c)) return FAILURE;
  }
  return encodeString(input, inC0Control);
}

// UTS #46 ToASCII, approximated: lower case, NFC, the ideographic full stops
// as dots, Punycode for labels that are not ASCII.
function domainToASCII(domain, beStrict = false) {
  let mapped = domain.replace(/[\u3002\uff0e\uff61]/g, '.');
  mapped = mapped.toLowerCase().normalize('NFC');
  if (/[\u00ad\u200b\u2060\ufeff]/.test(mapped)) mapped = mapped.replace(/[\u00ad\u200b\u2060\ufeff]/g, '');
  if (mapped.includes('\ufffd')) return FAILURE;
  const result = punycodeToASCII(mapped);
  if (result === null) return FAILURE;
  if (beStrict && (result.length > 253 || result.split('.').some((l) => l.length > 63))) return FAILURE;
  if (result === '') return FAILURE;
  return result;
}

function parseHost(input, isOpaque) {
  if (input.startsWith('[')) {
    if (!input.endsWith(']')) return FAILURE;
    const address = parseIPv6(input.slice(1, -1));
    return address === FAILURE ? FAILURE : serializeIPv6(address);
  }
  if (isOpaque) return parseOpaqueHost(input);
  const domain = utf8Slice(percentDecode(input));
  const asciiDomain = domainToASCII(domain);
  if (asciiDomain === FAILURE) return FAILURE;
  for (let i = 0; i < asciiDomain.length; i++) {
    if (isForbiddenDomainCodePoint(asciiDomain.charCodeAt(i))) return FAILURE;
  }
  if (endsInANumber(asciiDomain)) {
    const ipv4 = parseIPv4(asciiDomain);
    return ipv4 === FAILURE ? FAILURE : serializeIPv4(ipv4);
  }
  return asciiDomain;
}

// ---- the state machine ---------------------------------------------------------------

const isAsciiAlpha = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isAsciiDigit = (c) => c >= 0x30 && c <= 0x39;
const isAsciiAlphanumeric = (c) => isAsciiAlpha(c) || isAsciiDigit(c);

function isWindowsDriveLetter(s, normalizedOnly = false) {
  return s.length === 2 && isAsciiAlpha(s.charCodeAt(0)) &&
    (s[1] === ':' || (!normalizedOnly && s[1] === '|'));
}

// Whether the code points from `pointer` start with a Windows drive letter.
function startsWithWindowsDriveLetter(cps, pointer) {
  if (cps.length - pointer < 2) return false;
  if (!isWindowsDriveLetter(String.fromCodePoint(cps[pointer], cps[pointer + 1]))) return false;
  if (cps.length - pointer === 2) return true;
  const c = cps[pointer + 2];
  return c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23;
}

function isSingleDot(s) {
  return s === '.' || s.toLowerCase() === '%2e';
}

function isDoubleDot(s) {
  switch (s.toLowerCase()) {
    case '..': case '.%2e': case '%2e.': case '%2e%2e': return true;
    default: return false;
  }
}

function shortenPath(url) {
  const { path } = url;
  if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetter(path[0], true)) return;
  path.pop();
}

function includesCredentials(url) {
  return url.username !== '' || url.password !== '';
}

function cannotHaveUsernamePasswordPort(url) {
  return url.host === null || url.host === '' || url.scheme === 'file';
}

function newRecord() {
  return {
    scheme: '', username: '', password: '', host: null, port: null,
    path: [], opaque: false, query: null, fragment: null,
  };
}

function cloneRecord(url) {
  return { ...url, path: url.opaque ? url.path : url.path.slice() };
}

const EOF = -1;

// Returns the URL record, or FAILURE. With `url` and `stateOverride` it
// modifies `url` in place (for the setters) and returns it, or FAILURE /
// undefined as the spec's "return" does.
function basicParse(input, base = null, url = null, stateOverride = null) {
  if (url === null) {
    url = newRecord();
    input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  }
  input = input.replace(/[\t\n\r]/g, '');

  let state = stateOverride || 'scheme start';
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  const cps = Array.from(input, (ch) => ch.codePointAt(0));
  let pointer = 0;

  for (; ; pointer++) {
    const c = pointer < cps.length ? cps[pointer] : EOF;
    const ch = c === EOF ? '' : String.fromCodePoint(c);
    const remaining = (n) => (pointer + n < cps.length ? cps[pointer + n] : EOF);

    switch (state) {
      case 'scheme start':
        if (c !== EOF && isAsciiAlpha(c)) {
          buffer += ch.toLowerCase();
          state = 'scheme';
        } else if (!stateOverride) {
          state = 'no scheme';
          pointer--;
        } else {
          return FAILURE;
        }
        break;

      case 'scheme':
        if (c !== EOF && (isAsciiAlphanumeric(c) || c === 0x2b || c === 0x2d || c === 0x2e)) {
          buffer += ch.toLowerCase();
        } else if (c === 0x3a) {
          if (stateOverride) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return url;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return url;
            if (url.scheme === 'file' && url.host === '') return url;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = 'file';
          } else if (isSpecialScheme(url.scheme) && base !== null && base.scheme === url.scheme) {
            state = 'special relative or authority';
          } else if (isSpecialScheme(url.scheme)) {
            state = 'special authority slashes';
          } else if (remaining(1) === 0x2f) {
            state = 'path or authority';
            pointer++;
          } else {
            url.path = '';
            url.opaque = true;
            state = 'opaque path';
          }
        } else if (!stateOverride) {
          buffer = '';
          state = 'no scheme';
          pointer = -1;
        } else {
          return FAILURE;
        }
        break;

      case 'no scheme':
        if (base === null || (base.opaque && c !== 0x23)) return FAILURE;
        if (base.opaque && c === 0x23) {
          url.scheme = base.scheme;
          url.path = base.path;
          url.opaque = true;
          url.query = base.query;
          url.fragment = '';
          state = 'fragment';
        } else if (base.scheme !== 'file') {
          state = 'relative';
          pointer--;
        } else {
          state = 'file';
          pointer--;
        }
        break;

      case 'special relative or authority':
        if (c === 0x2f && remaining(1) === 0x2f) {
          state = 'special authority ignore slashes';
          pointer++;
        } else {
          state = 'relative';
          pointer--;
        }
        break;

      case 'path or authority':
        if (c === 0x2f) {
          state = 'authority';
        } else {
          state = 'path';
          pointer--;
        }
        break;

      case 'relative':
        url.scheme = base.scheme;
        if (c === 0x2f) {
          state = 'relative slash';
        } else if (isSpecialScheme(url.scheme) && c === 0x5c) {
          state = 'relative slash';
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) {
            url.query = '';
            state = 'query';
          } else if (c === 0x23) {
            url.fragment = '';
            state = 'fragment';
          } else if (c !== EOF) {
            url.query = null;
            shortenPath(url);
            state = 'path';
            pointer--;
          }
        }
        break;

      case 'relative slash':
        if (isSpecialScheme(url.scheme) && (c === 0x2f || c === 0x5c)) {
          state = 'special authority ignore slashes';
        } else if (c === 0x2f) {
          state = 'authority';
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = 'path';
          pointer--;
        }
        break;

      case 'special authority slashes':
        if (c === 0x2f && remaining(1) === 0x2f) {
          state = 'special authority ignore slashes';
          pointer++;
        } else {
          state = 'special authority ignore slashes';
          pointer--;
        }
        break;

      case 'special authority ignore slashes':
        if (c !== 0x2f && c !== 0x5c) {
          state = 'authority';
          pointer--;
        }
        break;

      case 'authority':
        if (c === 0x40) {
          if (atSignSeen) buffer = `%40${buffer}`;
          atSignSeen = true;
          for (const bch of buffer) {
            if (bch === ':' && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            const encoded = encodeCodePoint(bch, inUserinfoSet);
            if (passwordTokenSeen) url.password += encoded;
            else url.username += encoded;
          }
          buffer = '';
        } else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 ||
                   (isSpecialScheme(url.scheme) && c === 0x5c)) {
          if (atSignSeen && buffer === '') return FAILURE;
          pointer -= Array.from(buffer).length + 1;
          buffer = '';
          state = 'host';
        } else {
          buffer += ch;
        }
        break;

      case 'host':
      case 'hostname':
        if (stateOverride && url.scheme === 'file') {
          pointer--;
          state = 'file host';
        } else if (c === 0x3a && !insideBrackets) {
          if (buffer === '') return FAILURE;
          if (stateOverride === 'hostname') return FAILURE;
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === FAILURE) return FAILURE;
          url.host = host;
          buffer = '';
          state = 'port';
        } else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 ||
                   (isSpecialScheme(url.scheme) && c === 0x5c)) {
          pointer--;
          if (isSpecialScheme(url.scheme) && buffer === '') return FAILURE;
          if (stateOverride && buffer === '' && (includesCredentials(url) || url.port !== null)) return FAILURE;
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === FAILURE) return FAILURE;
          url.host = host;
          buffer = '';
          state = 'path start';
          if (stateOverride) return url;
        } else {
          if (c === 0x5b) insideBrackets = true;
          if (c === 0x5d) insideBrackets = false;
          buffer += ch;
        }
        break;

      case 'port':
        if (c !== EOF && isAsciiDigit(c)) {
          buffer += ch;
        } else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 ||
                   (isSpecialScheme(url.scheme) && c === 0x5c) || stateOverride) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return FAILURE;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
            if (stateOverride) return url;
          }
          if (stateOverride) return FAILURE;
          state = 'path start';
          pointer--;
        } else {
          return FAILURE;
        }
        break;

      case 'file':
        url.scheme = 'file';
        url.host = '';
        if (c === 0x2f || c === 0x5c) {
          state = 'file slash';
        } else if (base !== null && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) {
            url.query = '';
            state = 'query';
          } else if (c === 0x23) {
            url.fragment = '';
            state = 'fragment';
          } else if (c !== EOF) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(cps, pointer)) shortenPath(url);
            else url.path = [];
            state = 'path';
            pointer--;
          }
        } else {
          state = 'path';
          pointer--;
        }
        break;

      case 'file slash':
        if (c === 0x2f || c === 0x5c) {
          state = 'file host';
        } else {
          if (base !== null && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(cps, pointer) &&
                base.path.length > 0 && isWindowsDriveLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = 'path';
          pointer--;
        }
        break;

      case 'file host':
        if (c === EOF || c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23) {
          pointer--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            state = 'path';
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return url;
            state = 'path start';
          } else {
            let host = parseHost(buffer, false);
            if (host === FAILURE) return FAILURE;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return url;
            buffer = '';
            state = 'path start';
          }
        } else {
          buffer += ch;
        }
        break;

      case 'path start':
        if (isSpecialScheme(url.scheme)) {
          state = 'path';
          if (c !== 0x2f && c !== 0x5c) pointer--;
        } else if (!stateOverride && c === 0x3f) {
          url.query = '';
          state = 'query';
        } else if (!stateOverride && c === 0x23) {
          url.fragment = '';
          state = 'fragment';
        } else if (c !== EOF) {
          state = 'path';
          if (c !== 0x2f) pointer--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case 'path':
        if (c === EOF || c === 0x2f || (isSpecialScheme(url.scheme) && c === 0x5c) ||
            (!stateOverride && (c === 0x3f || c === 0x23))) {
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (c !== 0x2f && !(isSpecialScheme(url.scheme) && c === 0x5c)) url.path.push('');
          } else if (isSingleDot(buffer) && c !== 0x2f && !(isSpecialScheme(url.scheme) && c === 0x5c)) {
            url.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) {
              buffer = `${buffer[0]}:`;
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === 0x3f) {
            url.query = '';
            state = 'query';
          }
          if (c === 0x23) {
            url.fragment = '';
            state = 'fragment';
          }
        } else {
          buffer += encodeCodePoint(ch, inPathSet);
        }
        break;

      case 'opaque path':
        if (c === 0x3f) {
          url.query = '';
          state = 'query';
        } else if (c === 0x23) {
          url.fragment = '';
          state = 'fragment';
        } else if (c !== EOF) {
          url.path += encodeCodePoint(ch, inC0Control);
        }
        break;

      case 'query':
        if ((!stateOverride && c === 0x23) || c === EOF) {
          const inSet = isSpecialScheme(url.scheme) ? inSpecialQuerySet : inQuerySet;
          url.query += encodeString(buffer, inSet);
          buffer = '';
          if (c === 0x23) {
            url.fragment = '';
            state = 'fragment';
          }
        } else if (c !== EOF) {
          buffer += ch;
        }
        break;

      case 'fragment':
        if (c !== EOF) url.fragment += encodeCodePoint(ch, inFragmentSet);
        break;

      default:
        throw new Error(`unknown URL parser state ${state}`);
    }
    if (pointer >= cps.length) break;
  }
  return url;
}

// ---- serializers -------------------------------------------------------------------------

function serializePath(url) {
  if (url.opaque) return url.path;
  let out = '';
  for (const segment of url.path) out += `/${segment}`;
  return out;
}

function serializeURL(url, excludeFragment = false) {
  let output = `${url.scheme}:`;
  if (url.host !== null) {
    output += '//';
    if (includesCredentials(url)) {
      output += url.username;
      if (url.password !== '') output += `:${url.password}`;
      output += '@';
    }
    output += url.host;
    if (url.port !== null) output += `:${url.port}`;
  }
  if (url.host === null && !url.opaque && url.path.length > 1 && url.path[0] === '') output += '/.';
  output += serializePath(url);
  if (url.query !== null) output += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) output += `#${url.fragment}`;
  return output;
}

function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob': {
      if (url.opaque) {
        const inner = basicParse(url.path);
        if (inner !== FAILURE && (inner.scheme === 'http' || inner.scheme === 'https')) {
          return serializeOrigin(inner);
        }
      }
      return 'null';
    }
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return `${url.scheme}://${url.host}${url.port !== null ? `:${url.port}` : ''}`;
    default:
      return 'null';
  }
}

module.exports = {
  FAILURE,
  basicParse,
  cloneRecord,
  serializeURL,
  serializePath,
  serializeOrigin,
  serializeIPv6,
  parseHost,
  domainToASCII,
  isSpecialScheme,
  defaultPort,
  cannotHaveUsernamePasswordPort,
  encodeString,
  inUserinfoSet,
  percentDecode,
};
