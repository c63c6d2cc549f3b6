import express from 'express';
import { z } from 'zod';
import { queue } from '../queue/index.js';
import { audit } from '../queue/audit.js';

const jobInput = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sum-report'), payload: z.object({ values: z.array(z.number()).max(100) }) }),
  z.object({
    type: z.literal('export'),
    payload: z.object({ format: z.enum(['csv', 'json']), failTimes: z.number().int().min(0).max(5).optional() }),
  }),
]);

const view = ({ id, type, status, attempts, result, error }) => ({ id, type, status, attempts, result, error });

export function buildServer() {
  const app = express();
  app.use(express.json());

  app.post('/jobs', (req, res) => {
    const parsed = jobInput.safeParse(req.body);
    if (!parsed.success) {
      return res.status(400).json({ error: 'invalid job', issues: parsed.error.issues.map((i) => i.message) });
    }
    const job = queue.add(parsed.data.type, parsed.data.payload);
    return res.status(202).location(`/jobs/${job.id}`).json(view(job));
  });

  app.get('/jobs', (req, res) => {
    res.json(queue.list(req.query.status).map(view));
  });

  app.get('/jobs/:id', (req, res) => {
    const job = queue.get(req.params.id);
    if (!job) return res.status(404).json({ error: 'no such job' });
    return res.json({ ...view(job), lastEvent: audit.last(job.id) });
  });

  app.post('/jobs/:id/cancel', (req, res) => {
    const ok = queue.cancel(req.params.id);
    res.status(ok ? 200 : 409).json({ cancelled: ok });
  });

  app.get('/stats', (_req, res) => {
    res.json({ types: queue.types, events: audit.counts(), listeners: queue.listenerCount('done') });
  });

  return app;
}
