import { config } from '../config.js';
import { forbidden, unauthorized } from '../errors.js';
import { verifyToken } from '../services/tokens.js';
import { byId } from '../services/users.js';

export function requireAuth(req, res, next) {
  const header = req.get('authorization');
  const token = header?.startsWith('Bearer ') ? header.slice(7) : req.cookies?.[config.cookieName];
  if (!token) throw unauthorized();
  let claims;
  try {
    claims = verifyToken(token);
  } catch (err) {
    throw unauthorized(err.message);
  }
  const user = byId(Number(claims.sub));
  if (!user || user.tokenVersion !== claims.ver) throw unauthorized('session expired');
  req.user = user;
  req.token = claims;
  next();
}

export const requireRole = (...roles) => (req, res, next) => {
  if (!roles.includes(req.user.role)) throw forbidden(`requires role ${roles.join(' or ')}`);
  next();
};
