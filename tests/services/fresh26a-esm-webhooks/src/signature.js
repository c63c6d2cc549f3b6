import { createHmac, timingSafeEqual } from 'node:crypto';

export const SECRET = 'whsec_local_dev';

export function sign(payload, timestamp) {
  return createHmac('sha256', SECRET).update(`${timestamp}.${payload}`).digest('hex');
}

// "t=1750000000,v1=abc..." as payment providers send it
export function verify(header, payload) {
  const parts = Object.fromEntries((header ?? '').split(',').map((kv) => kv.split('=')));
  if (!parts.t || !parts.v1) return { ok: false, reason: 'malformed header' };
  const expected = Buffer.from(sign(payload, parts.t));
  const given = Buffer.from(parts.v1);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature mismatch' };
  return { ok: true, timestamp: Number(parts.t) };
}
