const waiters = new Map(); // room -> Set of resolve functions

function waitFor(room, timeoutMs) {
  return new Promise((resolve) => {
    const set = waiters.get(room) ?? new Set();
    waiters.set(room, set);
    const done = (message) => {
      clearTimeout(timer);
      set.delete(done);
      resolve(message);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    set.add(done);
  });
}

function notify(room, message) {
  const set = waiters.get(room);
  if (!set) return 0;
  const all = [...set];
  all.forEach((done) => done(message));
  return all.length;
}

const waiting = (room) => waiters.get(room)?.size ?? 0;

module.exports = { waitFor, notify, waiting };
