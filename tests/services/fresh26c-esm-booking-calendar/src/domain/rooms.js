import { rooms as seed } from '#config';
import { bookingsFor } from '#domain/bookings';
import { DomainError, msg } from '#lib/msg';

const rooms = new Map(seed.map((r) => [r.id, { ...r, closed: false }]));

export function room(id) {
  const r = rooms.get(id);
  if (!r) throw new DomainError(404, msg`no room ${id}`);
  return r;
}

export function allRooms() {
  return [...rooms.values()].map((r) => ({ ...r, bookings: bookingsFor(r.id).length }));
}

export function closeRoom(id) {
  const r = room(id);
  r.closed = true;
  return r;
}
