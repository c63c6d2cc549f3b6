// A CommonJS module of an ES module service: imported with `import legacy from`.
// (Its functions are properties, not shorthand methods: an object's shorthand
// methods cannot travel between nodes yet, in CommonJS services as well.)
const counts = {};
module.exports = {
  greet: function greet(name) { return `hello ${name}`; },
  count: function count(key) { counts[key] = (counts[key] || 0) + 1; return counts[key]; },
};
