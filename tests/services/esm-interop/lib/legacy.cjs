// A CommonJS module of an ES module service: imported with `import legacy from`.
const counts = {};
module.exports = {
  greet(name) { return `hello ${name}`; },
  count(key) { counts[key] = (counts[key] || 0) + 1; return counts[key]; },
};
