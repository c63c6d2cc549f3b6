const outcomes = {}; // path -> { 200: n, 304: n, 412: n, ... }
const validators = new Set();

function middleware(req, res, next) {
  if (req.path === '/stats') return next();
  const asked = req.get('if-none-match') || req.get('if-match') || req.get('if-modified-since');
  if (asked) validators.add(asked);
  res.on('finish', () => {
    const bucket = (outcomes[req.originalUrl] ??= {});
    const key = asked ? `${res.statusCode} (conditional)` : String(res.statusCode);
    bucket[key] = (bucket[key] ?? 0) + 1;
  });
  next();
}

function snapshot() {
  return { outcomes, validators: [...validators].sort() };
}

module.exports = { middleware, snapshot };
