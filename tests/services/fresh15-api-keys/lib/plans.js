module.exports = {
  free: { monthlyUnits: 5, cacheable: true },
  pro: { monthlyUnits: 50, cacheable: true },
  internal: { monthlyUnits: Infinity, cacheable: false },
};
