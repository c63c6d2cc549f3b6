// A clock the tests control: seconds since an arbitrary epoch, ticking one second per call.
let now = 1_750_000_000;

module.exports = {
  now: () => now,
  tick(seconds = 1) {
    now += seconds;
    return now;
  },
};
