class AuditTrail {
  constructor({ size = 100, redact = [] } = {}) {
    this.size = size;
    this.redact = new Set(redact);
    this.entries = [];
    this.total = 0;
  }

  scrub(value) {
    if (Array.isArray(value)) return value.map((v) => this.scrub(v));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.redact.has(k) ? '[redacted]' : this.scrub(v)]));
    }
    return value;
  }

  record(entry) {
    this.total++;
    this.entries.push({ n: this.total, ...entry, request: this.scrub(entry.request), response: this.scrub(entry.response) });
    if (this.entries.length > this.size) this.entries.splice(0, this.entries.length - this.size);
  }

  latest(n) {
    return this.entries.slice(-n);
  }
}

function auditMiddleware(trail, { skip = [] } = {}) {
  return (req, res, next) => {
    if (skip.includes(req.path)) return next();
    let captured;
    const send = res.send;
    res.send = function auditedSend(body) {
      if (captured === undefined) {
        // res.json calls res.send again with the string: keep the first body, parsed when it is JSON
        try {
          captured = typeof body === 'string' ? JSON.parse(body) : body;
        } catch {
          captured = String(body);
        }
      }
      return send.call(this, body);
    };
    res.on('finish', () => {
      trail.record({
        method: req.method,
        url: req.originalUrl,
        status: res.statusCode,
        request: req.body && Object.keys(req.body).length ? req.body : null,
        response: captured ?? null,
      });
    });
    next();
  };
}

module.exports = { AuditTrail, auditMiddleware };
