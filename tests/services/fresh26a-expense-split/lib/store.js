// Groups of people sharing expenses; amounts kept in cents.
const store = {
  groups: {},
  seq: { group: 0, expense: 0 },
};

module.exports = store;
