// The "day" is a counter bumped by POST /day/next, so the data stays reproducible.
let day = 1;
module.exports = {
  get current() {
    return day;
  },
  next() {
    day += 1;
    return day;
  },
};
