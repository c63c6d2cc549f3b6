'use strict';

// small helpers shared by the routes
function applyPatch(target, patch) {
  const { id, ...rest } = patch;
  return Object.assign(target, rest);
}

function setField(target, key, value) {
  return Reflect.set(target, key, value);
}

function appendAll(list, items) {
  Array.prototype.push.apply(list, items);
  return list.length;
}

function bucket(index, key) {
  index[key] ??= [];
  return index[key];
}

module.exports = { applyPatch, setField, appendAll, bucket };
