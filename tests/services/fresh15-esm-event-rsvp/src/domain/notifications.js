import { EventEmitter } from 'node:events';

export const notifications = new EventEmitter();

const outbox = [];

notifications.on('confirmed', ({ event, attendee }) => {
  outbox.push({ to: attendee.email, subject: `You're in: ${event.title}` });
});
notifications.on('waitlisted', ({ event, attendee, position }) => {
  outbox.push({ to: attendee.email, subject: `Waitlist #${position} for ${event.title}` });
});
notifications.on('promoted', ({ event, attendee }) => {
  outbox.push({ to: attendee.email, subject: `A seat opened up: ${event.title}` });
});

export const drainOutbox = () => outbox.splice(0, outbox.length);
