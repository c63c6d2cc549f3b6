import { verify } from '../lib/crypto.js';
import { SessionStore } from '../lib/sessions.js';

const sessions = SessionStore.getInstance();

export function loadSession(req, res, next) {
  const token = req.headers.cookie?.match(/(?:^|;\s*)token=([^;]+)/)?.[1];
  const payload = token ? verify(decodeURIComponent(token)) : null;
  const session = payload && sessions.get(payload.sid);
  if (session) {
    session.visits++;
    res.locals.session = session;
  }
  next();
}

export const requireRole = (role) => (req, res, next) => {
  const session = res.locals.session;
  if (!session) return res.redirect(302, `/login?next=${encodeURIComponent(req.originalUrl)}`);
  if (!session.roles.includes(role)) return res.status(403).type('text').send(`forbidden: needs ${role}`);
  next();
};
