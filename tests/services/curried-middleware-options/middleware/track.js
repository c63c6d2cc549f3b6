// Counting middleware made by a curried factory: `track('name')` for app.use and for a route.
const counts = {};

const track = (name) => (req, res, next) => {
  counts[name] = (counts[name] ?? 0) + 1;
  next();
};

function snapshot() {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

module.exports = { track, snapshot };
