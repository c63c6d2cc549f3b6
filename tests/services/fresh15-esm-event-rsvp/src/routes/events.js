import { Router } from 'express';
import rateLimit from 'express-rate-limit';
import { config } from '../config.js';
import { parseStart } from '../lib/dates.js';
import * as events from '../domain/events.js';
import { drainOutbox } from '../domain/notifications.js';
import { calendar, eventPage } from '../templates/index.js';

export const router = Router();

const rsvpLimiter = rateLimit({
  windowMs: 60_000,
  limit: config.rsvpPerWindow,
  standardHeaders: false,
  legacyHeaders: false,
  keyGenerator: (req) => req.params.slug,
  message: { error: 'too many RSVPs for this event, try again in a minute' },
});

router.post('/events', (req, res) => {
  const { slug, title, start, minutes = 60, capacity = 2 } = req.body ?? {};
  const startsAt = parseStart(String(start ?? ''));
  if (!/^[a-z0-9-]{3,40}$/.test(slug ?? '') || !title || !startsAt) {
    throw new events.RsvpError(400, 'slug, title and start (YYYY-MM-DD HH:mm) are required');
  }
  const event = events.createEvent({ slug, title, start: startsAt, minutes, capacity });
  res.status(201).location(`/events/${slug}`).json({ id: event.id, start: event.start, end: event.end });
});

router.get('/events', (req, res) => res.json(events.summary()));

router.get('/events/:slug', (req, res) => {
  const event = events.getEvent(req.params.slug);
  res.format({
    'text/calendar': () => res.send(calendar(event)),
    'text/html': () =>
      res.send(eventPage({ ...event, tz: config.timezoneLabel, seatsLeft: event.capacity - event.attendees.length })),
    default: () => res.json(event),
  });
});

router.post('/events/:slug/rsvp', rsvpLimiter, (req, res) => {
  const { name, email } = req.body ?? {};
  if (!name || !/^\S+@\S+\.\S+$/.test(email ?? '')) throw new events.RsvpError(400, 'name and email are required');
  const result = events.rsvp(req.params.slug, { name, email });
  res.status(result.status === 'confirmed' ? 201 : 202).json(result);
});

router.delete('/events/:slug/rsvp/:ticket', (req, res) => {
  res.json(events.cancel(req.params.slug, req.params.ticket));
});

router.post('/outbox/flush', (req, res) => res.json(drainOutbox()));
