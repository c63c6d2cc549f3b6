class ValidationError extends Error {
  constructor(details) {
    super('Validation failed');
    this.name = 'ValidationError';
    this.status = 422;
    this.details = details;
  }
}

function validateBookmark(body, { partial = false } = {}) {
  const errors = [];
  if (!partial || body.url !== undefined) {
    try {
      const u = new URL(body.url);
      if (!['http:', 'https:'].includes(u.protocol)) errors.push({ field: 'url', msg: 'must be http(s)' });
    } catch {
      errors.push({ field: 'url', msg: 'invalid url' });
    }
  }
  if (body.tags !== undefined && !(Array.isArray(body.tags) && body.tags.every((t) => typeof t === 'string'))) {
    errors.push({ field: 'tags', msg: 'must be an array of strings' });
  }
  if (errors.length) throw new ValidationError(errors);
  const clean = {};
  if (body.url !== undefined) clean.url = new URL(body.url).href;
  if (body.title !== undefined) clean.title = String(body.title).trim();
  if (body.tags !== undefined) clean.tags = body.tags.map((t) => t.toLowerCase());
  return clean;
}

module.exports = { validateBookmark, ValidationError };
