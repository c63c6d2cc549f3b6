// Shared module state, changed by whoever requires it.
module.exports = {
  counter: 0,
  flags: {},
};
