// A logical clock: tests and replays must not depend on wall time, so every request
// advances it by one "second" unless it says where it stands (X-Clock).
let now = 0;

module.exports = {
  tick(req) {
    const given = Number(req.get('x-clock'));
    now = Number.isFinite(given) && given > now ? given : now + 1;
    return now;
  },
  current: () => now,
};
