const Cart = require('../models/Cart');

const sessions = new Map();
let nextSid = 1;

function session(req, res, next) {
  let sid = req.signedCookies?.sid;
  if (!sid || !sessions.has(sid)) {
    sid = `s${nextSid++}`;
    res.cookie('sid', sid, { signed: true, httpOnly: true });
  }
  const s = sessions.get(sid) ?? { hits: 0 };
  s.cart ??= new Cart();
  s.hits += 1;
  sessions.set(sid, s);
  req.session = s;
  req.sid = sid;
  res.set('x-session', sid);
  next();
}

const stats = () => Object.fromEntries([...sessions].map(([sid, s]) => [sid, { hits: s.hits, items: s.cart.lines.length }]));

module.exports = { session, stats };
