const crypto = require('node:crypto');

const sessions = new Map();
let issued = 0;

function parseCookies(header = '') {
  return Object.fromEntries(header.split(';').map((part) => part.trim().split('=')).filter(([k]) => k)
    .map(([k, ...v]) => [k, decodeURIComponent(v.join('='))]));
}

function sessionMiddleware(req, res, next) {
  const { sid } = parseCookies(req.headers.cookie);
  let session = sid && sessions.get(sid);
  if (!session) {
    issued += 1;
    const id = crypto.createHash('sha1').update(`session-${issued}`).digest('hex').slice(0, 12);
    session = { id, views: 0, cart: [] };
    sessions.set(id, session);
    res.cookie('sid', id, { httpOnly: true, sameSite: 'lax' });
  }
  req.session = session;
  next();
}

module.exports = { sessionMiddleware, stats: () => ({ sessions: sessions.size, issued }) };
