const counts = {};

const counting = (...names) => names.map((name) => (req, res, next) => {
  counts[name] = (counts[name] ?? 0) + 1;
  next();
});

module.exports = { counting, counts };
