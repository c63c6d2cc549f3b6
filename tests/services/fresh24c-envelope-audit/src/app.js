// A helpdesk API whose answers are decorated on the way out: an envelope middleware wraps res.json into
// `{ data, meta }` / `{ error, meta }` with a request number and, for paginated lists, X-Total-Count and
// X-Page headers and links; a paginate middleware hangs `res.paginate(items)` on the response; an audit trail
// wraps res.send to capture what was answered (JSON parsed back, secrets redacted) beside the request body,
// kept in a ring buffer by an AuditTrail instance and read back by GET /audit.
const express = require('express');
const { AuditTrail, auditMiddleware } = require('./lib/audit');
const envelope = require('./middleware/envelope');
const paginate = require('./middleware/paginate');
const ticketsRouter = require('./routes/tickets');

function createApp() {
  const app = express();
  const trail = new AuditTrail({ size: 6, redact: ['password', 'token'] });

  app.use(express.json());
  app.get('/audit', (req, res) => {
    const n = Number(req.query.n ?? 3);
    res.json({ total: trail.total, entries: trail.latest(n) });
  });
  app.use(auditMiddleware(trail, { skip: ['/audit'] }));
  app.use(envelope({ version: '2026-01' }));
  app.use(paginate({ defaultPerPage: 2, maxPerPage: 5 }));
  app.use('/tickets', ticketsRouter);
  app.use((req, res) => res.status(404).json({ code: 'NOT_FOUND', path: req.path }));
  return app;
}

module.exports = { createApp };
