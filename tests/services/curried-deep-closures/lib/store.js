// A namespaced store written through curried setters: scoped(ns)(key)(value).
const data = {};
const history = [];

const scoped = (ns) => {
  data[ns] ??= {};
  return (key) => (value) => {
    const before = data[ns][key];
    data[ns][key] = value;
    history.push(`${ns}.${key}:${before ?? '-'}>${value}`);
    return before;
  };
};

module.exports = { scoped, data, history };
