// the guestbook's storage: an array and an index by author
var entries = [];
var byAuthor = {};

exports.add = function (author, text) {
  var entry = { id: entries.length + 1, author: author, text: text };
  entries.push(entry);
  (byAuthor[author] = byAuthor[author] || []).push(entry.id);
  return entry;
};

exports.latest = function (n) {
  return entries.slice(-n).reverse();
};

exports.find = function (id) {
  return entries.find(function (e) { return e.id === id; });
};

exports.authors = function () {
  return Object.keys(byAuthor).map(function (name) { return { name: name, count: byAuthor[name].length }; });
};

exports.remove = function (id) {
  var at = entries.findIndex(function (e) { return e.id === id; });
  if (at < 0) return false;
  var gone = entries.splice(at, 1)[0];
  byAuthor[gone.author] = byAuthor[gone.author].filter(function (x) { return x !== id; });
  if (!byAuthor[gone.author].length) delete byAuthor[gone.author];
  return true;
};
