let count = 0;
const log = [];

module.exports = {
  get count() { return count; },
  increment(by = 1) {
    count += by;
    log.push(by);
    return count;
  },
  get last() { return log.at(-1) ?? null; },
};
