import _ from 'lodash';
import { eventId, ticketId } from '../lib/ids.js';
import { plusMinutes } from '../lib/dates.js';
import { notifications } from './notifications.js';

const events = new Map(); // slug -> event

export class RsvpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function createEvent({ slug, title, start, minutes, capacity }) {
  if (events.has(slug)) throw new RsvpError(409, `event ${slug} exists`);
  const event = {
    id: eventId(slug),
    slug,
    title,
    start: start.toISOString(),
    end: plusMinutes(start.toISOString(), minutes),
    capacity,
    attendees: [],
    waitlist: [],
  };
  events.set(slug, event);
  return event;
}

export function getEvent(slug) {
  const event = events.get(slug);
  if (!event) throw new RsvpError(404, `no event ${slug}`);
  return event;
}

export function rsvp(slug, { name, email }) {
  const event = getEvent(slug);
  const ticket = ticketId(slug, email);
  if ([...event.attendees, ...event.waitlist].some((a) => a.ticket === ticket)) {
    throw new RsvpError(409, 'already registered');
  }
  const attendee = { ticket, name, email: email.toLowerCase() };
  if (event.attendees.length < event.capacity) {
    event.attendees.push(attendee);
    notifications.emit('confirmed', { event, attendee });
    return { status: 'confirmed', ticket };
  }
  event.waitlist.push(attendee);
  notifications.emit('waitlisted', { event, attendee, position: event.waitlist.length });
  return { status: 'waitlisted', ticket, position: event.waitlist.length };
}

export function cancel(slug, ticket) {
  const event = getEvent(slug);
  const removed = _.remove(event.attendees, { ticket });
  if (!removed.length) {
    if (_.remove(event.waitlist, { ticket }).length) return { cancelled: ticket, promoted: null };
    throw new RsvpError(404, `no ticket ${ticket}`);
  }
  const next = event.waitlist.shift();
  if (next) {
    event.attendees.push(next);
    notifications.emit('promoted', { event, attendee: next });
  }
  return { cancelled: ticket, promoted: next?.ticket ?? null };
}

export function summary() {
  return _.chain([...events.values()])
    .sortBy('start')
    .map((e) => ({ slug: e.slug, id: e.id, seatsLeft: e.capacity - e.attendees.length, waitlist: e.waitlist.length }))
    .value();
}
