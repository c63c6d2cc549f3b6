// Read models the listeners keep up to date.
module.exports = {
  signups: 0,
  ordersByUser: {},
  revenue: 0,
  audit: [],
};
