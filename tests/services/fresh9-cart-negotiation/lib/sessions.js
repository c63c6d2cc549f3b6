// Sessions keyed by a cookie; private per-session data kept in a WeakMap.
const sessions = new Map();
const secrets = new WeakMap();
let counter = 0;

function parseCookies(header = '') {
  return Object.fromEntries(
    header.split(';').map((p) => p.trim()).filter(Boolean).map((p) => {
      const i = p.indexOf('=');
      return [p.slice(0, i), decodeURIComponent(p.slice(i + 1))];
    }),
  );
}

function sessionMiddleware(req, res, next) {
  const { sid } = parseCookies(req.headers.cookie);
  let session = sid && sessions.get(sid);
  if (!session) {
    const id = `s${++counter}`;
    session = { id, cart: [] };
    sessions.set(id, session);
    secrets.set(session, { views: 0 });
    res.cookie('sid', id, { httpOnly: true, sameSite: 'lax' });
  }
  secrets.get(session).views++;
  req.session = session;
  next();
}

const views = (session) => secrets.get(session)?.views ?? 0;

function destroy(session) {
  sessions.delete(session.id);
}

module.exports = { sessionMiddleware, views, destroy, count: () => sessions.size };
