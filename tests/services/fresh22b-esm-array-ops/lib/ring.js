// A fixed-size ring of readings, an array-like event log and a pending queue, changed through borrowed
// Array.prototype methods, Reflect and `length` writes.
export const SIZE = 6;
export const ring = new Array(SIZE).fill(null);
export const cursor = { at: 0, wrapped: 0 };

// an array-like object, not an array: Array.prototype methods still work on it
export const events = { length: 0 };

export const pending = [];

export function record(values) {
  for (const v of values) {
    Reflect.set(ring, cursor.at, v);
    cursor.at = (cursor.at + 1) % SIZE;
    if (cursor.at === 0) cursor.wrapped++;
  }
  Array.prototype.push.call(events, `record:${values.length}`);
}

export function enqueue(items) {
  return Array.prototype.push.apply(pending, items);
}

export function drain(n) {
  const taken = pending.splice(0, n);
  Reflect.apply(Array.prototype.push, events, taken.map((t) => `drain:${t}`));
  return taken;
}

export function shiftLeft(k) {
  // drop the k oldest slots of the ring by copying the rest down, then blank the tail
  ring.copyWithin(0, k).fill(null, SIZE - k);
  cursor.at = Math.max(0, cursor.at - k);
  [].push.call(events, `shift:${k}`);
}

export function clearPending() {
  const dropped = pending.length;
  pending.length = 0;
  return dropped;
}

export function forget(i) {
  Reflect.deleteProperty(ring, i); // a hole, not null
  return Array.prototype.splice.call(events, 0, 1);
}
