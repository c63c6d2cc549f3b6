// Helpers of the local-module service.
var PREFIX = 'item';

function slugify(text) {
  return String(text).toLowerCase().trim().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function titleCase(text) {
  return String(text).split(' ').map(function cap(w) { return w.charAt(0).toUpperCase() + w.slice(1); }).join(' ');
}

function price(cents) {
  return '$' + Math.floor(cents / 100) + '.' + ('0' + (cents % 100)).slice(-2);
}

function key(id) {
  return PREFIX + ':' + id;
}

module.exports = { slugify: slugify, titleCase: titleCase, price: price, key: key, PREFIX: PREFIX };
