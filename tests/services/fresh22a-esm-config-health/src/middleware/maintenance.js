import { getSettings } from '../config/settings.js';

export function maintenanceGate({ allow = [], message }) {
  let blocked = 0;
  const gate = (req, res, next) => {
    if (!getSettings().maintenance || allow.some((p) => req.path.startsWith(p))) return next();
    blocked += 1;
    res.set('Retry-After', '30').status(503).json({ error: message, blocked });
  };
  gate.blockedCount = () => blocked;
  return gate;
}

export function requireAdmin(token) {
  return (req, res, next) => {
    if (req.get('x-admin-token') === token) return next();
    res.status(401).json({ error: 'admin token required' });
  };
}
