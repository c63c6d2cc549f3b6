import jwt from 'jsonwebtoken';
import { config } from '../config.js';

let issued = 0;
const denylist = new Set();

export function sign(user) {
  issued += 1;
  return jwt.sign({ sub: String(user.id), role: user.role, ver: user.tokenVersion }, config.jwt.secret, {
    expiresIn: config.jwt.ttl,
    issuer: config.jwt.issuer,
    jwtid: `t${issued}`,
  });
}

export function verifyToken(token) {
  const claims = jwt.verify(token, config.jwt.secret, { issuer: config.jwt.issuer });
  if (denylist.has(claims.jti)) throw new jwt.JsonWebTokenError('token revoked');
  return claims;
}

export function revoke(claims) {
  denylist.add(claims.jti);
}

export const stats = () => ({ issued, revoked: denylist.size });
