// A small store with module-level state, itself using ./util.
var util = require('./util');

var entries = {};
var order = [];

exports.add = function add(title, cents) {
  var slug = util.slugify(title);
  if (!entries[slug]) order.push(slug);
  entries[slug] = { key: util.key(slug), title: util.titleCase(title), price: util.price(cents) };
  return entries[slug];
};

exports.get = function get(slug) {
  return entries[slug] || null;
};

exports.all = function all() {
  return order.map(function entry(slug) { return entries[slug]; });
};
