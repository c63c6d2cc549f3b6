'use strict';
// MD5, SHA-1, SHA-224/256 and SHA-384/512 in plain JavaScript, incremental:
// `new Digest(name)`, `.update(Uint8Array)`, `.digest() -> Uint8Array`,
// `.copy()`.  SHA-512 works on pairs of 32-bit halves.

// ---- MD5 -------------------------------------------------------------------------

const MD5_K = new Int32Array([
  0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
  0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
  0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
  0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
  0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
  0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
  0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
  0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
]);
const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

const md5Words = new Int32Array(16);
function md5Block(h, block, off) {
  const m = md5Words;
  for (let i = 0; i < 16; i++) {
    const j = off + i * 4;
    m[i] = block[j] | (block[j + 1] << 8) | (block[j + 2] << 16) | (block[j + 3] << 24);
  }
  let a = h[0];
  let b = h[1];
  let c = h[2];
  let d = h[3];
  for (let i = 0; i < 64; i++) {
    let f;
    let g;
    if (i < 16) {
      f = (b & c) | (~b & d);
      g = i;
    } else if (i < 32) {
      f = (d & b) | (~d & c);
      g = (5 * i + 1) & 15;
    } else if (i < 48) {
      f = b ^ c ^ d;
      g = (3 * i + 5) & 15;
    } else {
      f = c ^ (b | ~d);
      g = (7 * i) & 15;
    }
    const s = MD5_S[((i >> 4) << 2) | (i & 3)];
    const x = (a + f + MD5_K[i] + m[g]) | 0;
    a = d;
    d = c;
    c = b;
    b = (b + ((x << s) | (x >>> (32 - s)))) | 0;
  }
  h[0] = (h[0] + a) | 0;
  h[1] = (h[1] + b) | 0;
  h[2] = (h[2] + c) | 0;
  h[3] = (h[3] + d) | 0;
}

// ---- SHA-1 ------------------------------------------------------------------------

const sha1Words = new Int32Array(80);
function sha1Block(h, block, off) {
  const w = sha1Words;
  for (let i = 0; i < 16; i++) {
    const j = off + i * 4;
    w[i] = (block[j] << 24) | (block[j + 1] << 16) | (block[j + 2] << 8) | block[j + 3];
  }
  for (let i = 16; i < 80; i++) {
    const x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16];
    w[i] = (x << 1) | (x >>> 31);
  }
  let a = h[0];
  let b = h[1];
  let c = h[2];
  let d = h[3];
  let e = h[4];
  for (let i = 0; i < 80; i++) {
    let f;
    let k;
    if (i < 20) {
      f = (b & c) | (~b & d);
      k = 0x5a827999;
    } else if (i < 40) {
      f = b ^ c ^ d;
      k = 0x6ed9eba1;
    } else if (i < 60) {
      f = (b & c) | (b & d) | (c & d);
      k = 0x8f1bbcdc;
    } else {
      f = b ^ c ^ d;
      k = 0xca62c1d6;
    }
    const t = (((a << 5) | (a >>> 27)) + f + e + k + w[i]) | 0;
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = t;
  }
  h[0] = (h[0] + a) | 0;
  h[1] = (h[1] + b) | 0;
  h[2] = (h[2] + c) | 0;
  h[3] = (h[3] + d) | 0;
  h[4] = (h[4] + e) | 0;
}

// ---- SHA-256 ----------------------------------------------------------------------

const SHA256_K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const sha256Words = new Int32Array(64);
function sha256Block(h, block, off) {
  const w = sha256Words;
  for (let i = 0; i < 16; i++) {
    const j = off + i * 4;
    w[i] = (block[j] << 24) | (block[j + 1] << 16) | (block[j + 2] << 8) | block[j + 3];
  }
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15];
    const y = w[i - 2];
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
  }
  let a = h[0];
  let b = h[1];
  let c = h[2];
  let d = h[3];
  let e = h[4];
  let f = h[5];
  let g = h[6];
  let hh = h[7];
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const ch = (e & f) ^ (~e & g);
    const t1 = (hh + S1 + ch + SHA256_K[i] + w[i]) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const maj = (a & b) ^ (a & c) ^ (b & c);
    const t2 = (S0 + maj) | 0;
    hh = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  h[0] = (h[0] + a) | 0;
  h[1] = (h[1] + b) | 0;
  h[2] = (h[2] + c) | 0;
  h[3] = (h[3] + d) | 0;
  h[4] = (h[4] + e) | 0;
  h[5] = (h[5] + f) | 0;
  h[6] = (h[6] + g) | 0;
  h[7] = (h[7] + hh) | 0;
}

// ---- SHA-512 (64-bit words as [hi, lo] 32-bit pairs) --------------------------------

const SHA512_K = new Int32Array([
  0x428a2f98, 0xd728ae22, 0x71374491, 0x23ef65cd, 0xb5c0fbcf, 0xec4d3b2f, 0xe9b5dba5, 0x8189dbbc,
  0x3956c25b, 0xf348b538, 0x59f111f1, 0xb605d019, 0x923f82a4, 0xaf194f9b, 0xab1c5ed5, 0xda6d8118,
  0xd807aa98, 0xa3030242, 0x12835b01, 0x45706fbe, 0x243185be, 0x4ee4b28c, 0x550c7dc3, 0xd5ffb4e2,
  0x72be5d74, 0xf27b896f, 0x80deb1fe, 0x3b1696b1, 0x9bdc06a7, 0x25c71235, 0xc19bf174, 0xcf692694,
  0xe49b69c1, 0x9ef14ad2, 0xefbe4786, 0x384f25e3, 0x0fc19dc6, 0x8b8cd5b5, 0x240ca1cc, 0x77ac9c65,
  0x2de92c6f, 0x592b0275, 0x4a7484aa, 0x6ea6e483, 0x5cb0a9dc, 0xbd41fbd4, 0x76f988da, 0x831153b5,
  0x983e5152, 0xee66dfab, 0xa831c66d, 0x2db43210, 0xb00327c8, 0x98fb213f, 0xbf597fc7, 0xbeef0ee4,
  0xc6e00bf3, 0x3da88fc2, 0xd5a79147, 0x930aa725, 0x06ca6351, 0xe003826f, 0x14292967, 0x0a0e6e70,
  0x27b70a85, 0x46d22ffc, 0x2e1b2138, 0x5c26c926, 0x4d2c6dfc, 0x5ac42aed, 0x53380d13, 0x9d95b3df,
  0x650a7354, 0x8baf63de, 0x766a0abb, 0x3c77b2a8, 0x81c2c92e, 0x47edaee6, 0x92722c85, 0x1482353b,
  0xa2bfe8a1, 0x4cf10364, 0xa81a664b, 0xbc423001, 0xc24b8b70, 0xd0f89791, 0xc76c51a3, 0x0654be30,
  0xd192e819, 0xd6ef5218, 0xd6990624, 0x5565a910, 0xf40e3585, 0x5771202a, 0x106aa070, 0x32bbd1b8,
  0x19a4c116, 0xb8d2d0c8, 0x1e376c08, 0x5141ab53, 0x2748774c, 0xdf8eeb99, 0x34b0bcb5, 0xe19b48a8,
  0x391c0cb3, 0xc5c95a63, 0x4ed8aa4a, 0xe3418acb, 0x5b9cca4f, 0x7763e373, 0x682e6ff3, 0xd6b2b8a3,
  0x748f82ee, 0x5defb2fc, 0x78a5636f, 0x43172f60, 0x84c87814, 0xa1f0ab72, 0x8cc70208, 0x1a6439ec,
  0x90befffa, 0x23631e28, 0xa4506ceb, 0xde82bde9, 0xbef9a3f7, 0xb2c67915, 0xc67178f2, 0xe372532b,
  0xca273ece, 0xea26619c, 0xd186b8c7, 0x21c0c207, 0xeada7dd6, 0xcde0eb1e, 0xf57d4f7f, 0xee6ed178,
  0x06f067aa, 0x72176fba, 0x0a637dc5, 0xa2c898a6, 0x113f9804, 0xbef90dae, 0x1b710b35, 0x131c471b,
  0x28db77f5, 0x23047d84, 0x32caab7b, 0x40c72493, 0x3c9ebe0a, 0x15c9bebc, 0x431d67c4, 0x9c100d4c,
  0x4cc5d4be, 0xcb3e42b6, 0x597f299c, 0xfc657e2a, 0x5fcb6fab, 0x3ad6faec, 0x6c44198c, 0x4a475817,
]);

const sha512Words = new Int32Array(160);
function sha512Block(h, block, off) {
  const w = sha512Words;
  for (let i = 0; i < 32; i++) {
    const j = off + i * 4;
    w[i] = (block[j] << 24) | (block[j + 1] << 16) | (block[j + 2] << 8) | block[j + 3];
  }
  for (let i = 16; i < 80; i++) {
    // sigma0 of w[i-15]
    let xh = w[(i - 15) * 2];
    let xl = w[(i - 15) * 2 + 1];
    const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7);
    const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25));
    // sigma1 of w[i-2]
    xh = w[(i - 2) * 2];
    xl = w[(i - 2) * 2 + 1];
    const s1h = ((xh >>> 19) | (xl << 13)) ^ ((xl >>> 29) | (xh << 3)) ^ (xh >>> 6);
    const s1l = ((xl >>> 19) | (xh << 13)) ^ ((xh >>> 29) | (xl << 3)) ^ ((xl >>> 6) | (xh << 26));
    // w[i] = w[i-16] + s0 + w[i-7] + s1
    const lo = (w[(i - 16) * 2 + 1] >>> 0) + (s0l >>> 0) + (w[(i - 7) * 2 + 1] >>> 0) + (s1l >>> 0);
    w[i * 2] = (w[(i - 16) * 2] + s0h + w[(i - 7) * 2] + s1h + Math.floor(lo / 0x100000000)) | 0;
    w[i * 2 + 1] = lo | 0;
  }
  let ah = h[0]; let al = h[1];
  let bh = h[2]; let bl = h[3];
  let ch = h[4]; let cl = h[5];
  let dh = h[6]; let dl = h[7];
  let eh = h[8]; let el = h[9];
  let fh = h[10]; let fl = h[11];
  let gh = h[12]; let gl = h[13];
  let hh = h[14]; let hl = h[15];
  for (let i = 0; i < 80; i++) {
    // Sigma1(e)
    const S1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
    const S1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
    // Ch(e, f, g)
    const chh = (eh & fh) ^ (~eh & gh);
    const chl = (el & fl) ^ (~el & gl);
    // t1 = h + S1 + ch + K[i] + w[i]
    let lo = (hl >>> 0) + (S1l >>> 0) + (chl >>> 0) + (SHA512_K[i * 2 + 1] >>> 0) + (w[i * 2 + 1] >>> 0);
    const t1h = (hh + S1h + chh + SHA512_K[i * 2] + w[i * 2] + Math.floor(lo / 0x100000000)) | 0;
    const t1l = lo | 0;
    // Sigma0(a)
    const S0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
    const S0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
    // Maj(a, b, c)
    const majh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
    const majl = (al & bl) ^ (al & cl) ^ (bl & cl);
    lo = (S0l >>> 0) + (majl >>> 0);
    const t2h = (S0h + majh + Math.floor(lo / 0x100000000)) | 0;
    const t2l = lo | 0;
    hh = gh; hl = gl;
    gh = fh; gl = fl;
    fh = eh; fl = el;
    lo = (dl >>> 0) + (t1l >>> 0);
    eh = (dh + t1h + Math.floor(lo / 0x100000000)) | 0;
    el = lo | 0;
    dh = ch; dl = cl;
    ch = bh; cl = bl;
    bh = ah; bl = al;
    lo = (t1l >>> 0) + (t2l >>> 0);
    ah = (t1h + t2h + Math.floor(lo / 0x100000000)) | 0;
    al = lo | 0;
  }
  const add = (i, xh, xl) => {
    const lo = (h[i + 1] >>> 0) + (xl >>> 0);
    h[i] = (h[i] + xh + Math.floor(lo / 0x100000000)) | 0;
    h[i + 1] = lo | 0;
  };
  add(0, ah, al);
  add(2, bh, bl);
  add(4, ch, cl);
  add(6, dh, dl);
  add(8, eh, el);
  add(10, fh, fl);
  add(12, gh, gl);
  add(14, hh, hl);
}

// ---- the algorithms -----------------------------------------------------------------

const ALGORITHMS = {
  md5: {
    block: 64, size: 16, littleEndian: true, compress: md5Block,
    init: [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476],
  },
  sha1: {
    block: 64, size: 20, compress: sha1Block,
    init: [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0],
  },
  sha224: {
    block: 64, size: 28, compress: sha256Block,
    init: [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4],
  },
  sha256: {
    block: 64, size: 32, compress: sha256Block,
    init: [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19],
  },
  sha384: {
    block: 128, size: 48, compress: sha512Block,
    init: [0xcbbb9d5d, 0xc1059ed8, 0x629a292a, 0x367cd507, 0x9159015a, 0x3070dd17, 0x152fecd8, 0xf70e5939,
      0x67332667, 0xffc00b31, 0x8eb44a87, 0x68581511, 0xdb0c2e0d, 0x64f98fa7, 0x47b5481d, 0xbefa4fa4],
  },
  sha512: {
    block: 128, size: 64, compress: sha512Block,
    init: [0x6a09e667, 0xf3bcc908, 0xbb67ae85, 0x84caa73b, 0x3c6ef372, 0xfe94f82b, 0xa54ff53a, 0x5f1d36f1,
      0x510e527f, 0xade682d1, 0x9b05688c, 0x2b3e6c1f, 0x1f83d9ab, 0xfb41bd6b, 0x5be0cd19, 0x137e2179],
  },
};

// Names OpenSSL accepts for these digests, lower-cased.
const ALIASES = {
  'md5': 'md5', 'rsa-md5': 'md5', 'ssl3-md5': 'md5', 'md5withrsaencryption': 'md5',
  'sha1': 'sha1', 'sha-1': 'sha1', 'rsa-sha1': 'sha1', 'ssl3-sha1': 'sha1', 'sha1withrsaencryption': 'sha1',
  'rsa-sha1-2': 'sha1',
  'sha224': 'sha224', 'sha-224': 'sha224', 'sha2-224': 'sha224', 'rsa-sha224': 'sha224',
  'sha224withrsaencryption': 'sha224',
  'sha256': 'sha256', 'sha-256': 'sha256', 'sha2-256': 'sha256', 'rsa-sha256': 'sha256',
  'sha256withrsaencryption': 'sha256',
  'sha384': 'sha384', 'sha-384': 'sha384', 'sha2-384': 'sha384', 'rsa-sha384': 'sha384',
  'sha384withrsaencryption': 'sha384',
  'sha512': 'sha512', 'sha-512': 'sha512', 'sha2-512': 'sha512', 'rsa-sha512': 'sha512',
  'sha512withrsaencryption': 'sha512',
};

function canonicalName(name) {
  return ALIASES[String(name).toLowerCase()];
}

class Digest {
  constructor(name) {
    const canonical = canonicalName(name);
    if (canonical === undefined) throw new Error(`unknown digest ${name}`);
    this.name = canonical;
    this.algo = ALGORITHMS[canonical];
    this.state = Int32Array.from(this.algo.init);
    this.buffer = new Uint8Array(this.algo.block);
    this.buffered = 0;
    this.length = 0; // bytes hashed so far
  }

  get blockSize() {
    return this.algo.block;
  }

  update(bytes) {
    const { block, compress } = this.algo;
    let i = 0;
    const n = bytes.length;
    this.length += n;
    if (this.buffered > 0) {
      const take = Math.min(block - this.buffered, n);
      this.buffer.set(bytes.subarray(0, take), this.buffered);
      this.buffered += take;
      i = take;
      if (this.buffered < block) return this;
      compress(this.state, this.buffer, 0);
      this.buffered = 0;
    }
    for (; i + block <= n; i += block) compress(this.state, bytes, i);
    if (i < n) {
      this.buffer.set(bytes.subarray(i), 0);
      this.buffered = n - i;
    }
    return this;
  }

  digest() {
    const { block, size, littleEndian } = this.algo;
    const lengthBytes = block === 128 ? 16 : 8;
    const padLength = ((this.buffered + 1 + lengthBytes) > block ? 2 * block : block) - this.buffered;
    const pad = new Uint8Array(padLength);
    pad[0] = 0x80;
    // Message length in bits, at most 2^53 here.
    const bits = this.length * 8;
    const hi = Math.floor(bits / 0x100000000);
    const lo = bits >>> 0;
    const end = padLength;
    if (littleEndian) {
      const at = end - 8;
      for (let k = 0; k < 4; k++) {
        pad[at + k] = (lo >>> (8 * k)) & 0xff;
        pad[at + 4 + k] = (hi >>> (8 * k)) & 0xff;
      }
    } else {
      for (let k = 0; k < 4; k++) {
        pad[end - 1 - k] = (lo >>> (8 * k)) & 0xff;
        pad[end - 5 - k] = (hi >>> (8 * k)) & 0xff;
      }
    }
    const saved = this.length;
    this.update(pad);
    this.length = saved;
    const out = new Uint8Array(size);
    for (let k = 0; k < size; k++) {
      const word = this.state[k >> 2];
      out[k] = littleEndian ? (word >>> (8 * (k & 3))) & 0xff : (word >>> (24 - 8 * (k & 3))) & 0xff;
    }
    return out;
  }

  copy() {
    const other = Object.create(Digest.prototype);
    other.name = this.name;
    other.algo = this.algo;
    other.state = this.state.slice();
    other.buffer = this.buffer.slice();
    other.buffered = this.buffered;
    other.length = this.length;
    return other;
  }
}

module.exports = { Digest, canonicalName, ALGORITHMS };
