import { sessions } from '../stores/sessions.js';

export function requireSession(req, res, next) {
  const token = req.get('authorization')?.replace(/^Bearer /, '');
  const session = token && sessions.get(token);
  if (!session) return res.status(401).json({ error: 'session expired' });
  session.hits += 1;
  req.session = session;
  next();
}
