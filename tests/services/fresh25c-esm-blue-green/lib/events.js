// Deployment events buffered until a collector flushes them: `flush` hands over the array and
// starts a new one, so importers pushing into `pending` must reach the current buffer.
export let pending = [];
export let flushed = 0;

export function flush() {
  const batch = pending;
  pending = [];
  flushed += batch.length;
  return batch;
}
