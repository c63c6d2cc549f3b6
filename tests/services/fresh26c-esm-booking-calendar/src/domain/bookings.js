import config from '#config';
import { room } from '#domain/rooms';
import { parse, hhmm, overlaps } from '#lib/time';
import { DomainError, msg } from '#lib/msg';

class Booking {
  static #next = 1;
  #fee = 0;

  constructor(roomId, who, start, end) {
    this.id = `b${Booking.#next++}`;
    this.roomId = roomId;
    this.who = who;
    this.start = start;
    this.end = end;
    this.status = 'confirmed';
  }

  get minutes() {
    return this.end.diff(this.start, 'minute');
  }

  get fee() {
    return this.#fee;
  }

  set fee(value) {
    if (value < 0) throw new RangeError('fee must be positive');
    this.#fee = Math.round(value * 100) / 100;
  }

  toJSON() {
    const { id, roomId, who, status } = this;
    return { id, roomId, who, status, day: this.start.format('YYYY-MM-DD'), from: hhmm(this.start), to: hhmm(this.end), minutes: this.minutes, fee: this.#fee || undefined };
  }
}

const bookings = [];
const ledger = { fees: 0, cancelled: 0 };

export const bookingsFor = (roomId) => bookings.filter((b) => b.roomId === roomId && b.status === 'confirmed');

export function book({ roomId, who, day, from, to }) {
  const r = room(roomId);
  if (r.closed) throw new DomainError(409, msg`room ${r.name} is closed`);
  const start = parse(`${day} ${from}`);
  const end = parse(`${day} ${to}`);
  if (!start.isValid() || !end.isValid() || !end.isAfter(start)) {
    throw new DomainError(400, msg`bad time range ${from}-${to}`);
  }
  if (start.hour() < r.opens || end.hour() > r.closes || (end.hour() === r.closes && end.minute() > 0)) {
    throw new DomainError(422, msg`${r.name} is open ${r.opens}-${r.closes}`);
  }
  if (end.diff(start, 'hour', true) > config.maxHours) throw new DomainError(422, msg`at most ${config.maxHours} hours`);
  const clash = bookingsFor(roomId).find((b) => overlaps(b, { start, end }));
  if (clash) {
    throw new DomainError(409, msg`${r.name} is taken ${[hhmm(clash.start), hhmm(clash.end)]}`, { cause: clash.id });
  }
  const b = new Booking(roomId, who, start, end);
  bookings.push(b);
  return b;
}

export function cancel(id) {
  const b = bookings.find((x) => x.id === id);
  if (!b || b.status !== 'confirmed') throw new DomainError(404, msg`no booking ${id}`);
  b.status = 'cancelled';
  b.fee = (b.minutes / 60) * 10 * config.cancelFee;
  ledger.fees += b.fee;
  ledger.cancelled++;
  return b;
}

export async function* freeSlots(roomId, day) {
  const r = room(roomId);
  const dayStart = parse(`${day} 00:00`);
  const count = ((r.closes - r.opens) * 60) / config.slotMinutes;
  const slots = Array.from({ length: count }, (_, i) => {
    const start = dayStart.add(r.opens * 60 + i * config.slotMinutes, 'minute');
    return { start, end: start.add(config.slotMinutes, 'minute') };
  });
  for (const slot of slots) {
    await Promise.resolve();
    if (!bookingsFor(roomId).some((b) => overlaps(b, slot))) yield hhmm(slot.start);
  }
}

export const history = (who) => bookings.filter((b) => !who || b.who === who);
export const totals = () => ({ ...ledger, active: bookings.filter((b) => b.status === 'confirmed').length });
