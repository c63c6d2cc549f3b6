const entries = [];
module.exports = {
  log: (what) => { entries.push(what); },
  entries: () => entries.slice(-4),
};
