import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

const SECRET = 'not-so-secret-dev-key';

export const hashPassword = (password, salt) => createHash('sha256').update(`${salt}:${password}`).digest('hex');

export function sign(payload) {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const mac = createHmac('sha256', SECRET).update(body).digest('base64url');
  return `${body}.${mac}`;
}

export function verify(token) {
  const [body, mac] = String(token).split('.');
  if (!body || !mac) return null;
  const expected = Buffer.from(createHmac('sha256', SECRET).update(body).digest('base64url'));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
}
