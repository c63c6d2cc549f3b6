// A logical clock: one tick per request, so SLAs do not depend on wall time.
let now = 0;
module.exports = {
  tick() {
    return ++now;
  },
  get now() {
    return now;
  },
};
