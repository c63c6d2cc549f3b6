import { Router } from 'express';
import { z } from 'zod';
import * as relay from '#relay';

const Subscription = z.object({
  url: z.string().url().startsWith('stub://'),
  events: z.array(z.string()).min(1),
  secret: z.string().min(4).default('whsec_dev'),
});

export const api = Router();

api.post('/subscriptions', (req, res) => {
  const result = Subscription.safeParse(req.body);
  if (!result.success) return res.status(400).json({ error: result.error.issues.at(0).message });
  const { secret, ...sub } = relay.subscribe(result.data);
  res.status(201).json(sub);
});

api.get('/subscriptions', (req, res) => {
  res.json(relay.subscriptions.map(({ secret, ...s }) => s));
});

api.post('/subscriptions/:id/resume', (req, res) => {
  const sub = relay.find(req.params.id);
  if (!sub) return res.sendStatus(404);
  sub.active ||= true;
  sub.failures &&= 0;
  res.json({ id: sub.id, active: sub.active });
});

api.post('/events/:type', (req, res) => {
  res.status(202).json(relay.publish(req.params.type, req.body ?? {}));
});

api.get('/deliveries', (req, res) => {
  const sub = req.query.sub;
  res.json({
    summary: relay.summary(),
    // retries of different deliveries run on timers of the same length: listed in a stable order
    log: relay.log
      .filter((l) => !sub || l.sub === sub)
      .toSorted((a, b) => a.event - b.event || a.sub.localeCompare(b.sub) || a.attempt - b.attempt),
    inbox: relay.inbox(),
  });
});
