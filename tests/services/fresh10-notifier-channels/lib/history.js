const history = [];
const tags = new Set();

function remember(entry, list = history) {
  list.push(entry);
  if (list.length > 5) list.shift();
  return list.length;
}

function tagAll() {
  const target = arguments[0];
  Array.prototype.push.apply(target, [...arguments].slice(1));
  return target;
}

const withTags = (...newTags) => {
  newTags.forEach(tags.add, tags);
  return [...tags].sort();
};

module.exports = { history, remember, tagAll, withTags };
