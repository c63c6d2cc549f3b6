export const trail = [];

export function audit(req, res, next) {
  if (req.method === 'GET') return next();
  res.on('finish', () => {
    trail.push(`${req.method} ${req.originalUrl} -> ${res.statusCode}`);
  });
  next();
}
