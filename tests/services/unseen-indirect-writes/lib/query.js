// A fluent builder kept at module level: each call changes it and returns it.
class QueryLog {
  constructor() { this.parts = []; }
  where(field, value) { this.parts.push(`${field}=${value}`); return this; }
  limit(n) { this.parts.push(`limit ${n}`); return this; }
  take() { const out = this.parts.join(' '); this.parts = []; return out; }
}
module.exports = new QueryLog();
