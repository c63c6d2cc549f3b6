// Marks coalesced into one flush per turn with `process.nextTick`, a microtask-delivered
// bus (`queueMicrotask`) and a log every callback writes to.
'use strict';

const log = [];
const flushed = [];
let pending = null;
let flushes = 0;

function mark(key, amount = 1) {
  if (!pending) {
    pending = new Map();
    process.nextTick(flush, 'tick');
  }
  pending.set(key, (pending.get(key) ?? 0) + amount);
}

function flush(reason) {
  flushes += 1;
  const batch = Object.fromEntries(pending);
  pending = null;
  flushed.push(batch);
  log.push(`flush#${flushes}(${reason}):${Object.keys(batch).join('+')}`);
}

const subscribers = new Set();
function subscribe(fn) {
  subscribers.add(fn);
  return () => subscribers.delete(fn);
}
function publish(event) {
  for (const fn of subscribers) queueMicrotask(() => fn(event));
}

module.exports = { log, flushed, mark, subscribe, publish, stats: () => ({ flushes, pending: pending ? Object.fromEntries(pending) : null }) };
