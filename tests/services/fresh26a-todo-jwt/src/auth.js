const jwt = require('jsonwebtoken');
const clock = require('./clock');
const db = require('./db');
const { Unauthorized } = require('./errors');

const SECRET = 'dev-secret-change-me';
const revoked = new Set();

function sign(user) {
  return jwt.sign({ sub: user.id, name: user.name, iat: clock.now() }, SECRET, { expiresIn: '15m' });
}

function requireAuth(req, res, next) {
  const header = req.get('authorization') ?? '';
  const [scheme, token] = header.split(' ');
  if (scheme !== 'Bearer' || !token) throw new Unauthorized('missing bearer token');
  if (revoked.has(token)) throw new Unauthorized('token revoked');
  try {
    const payload = jwt.verify(token, SECRET, { clockTimestamp: clock.now() });
    req.user = db.users.get(payload.sub);
    req.token = token;
    if (!req.user) throw new Unauthorized('user gone');
    next();
  } catch (err) {
    if (err instanceof jwt.TokenExpiredError) throw new Unauthorized('token expired');
    if (err instanceof jwt.JsonWebTokenError) throw new Unauthorized(err.message);
    throw err;
  }
}

module.exports = { sign, requireAuth, revoked };
