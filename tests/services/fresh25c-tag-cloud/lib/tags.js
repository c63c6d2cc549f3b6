'use strict';
// Helpers that change the store they are handed: the routes never write the store themselves.

function normalise(tag) {
  return String(tag).trim().toLowerCase().replace(/\s+/g, '-');
}

function addTag(store, bookmarkId, raw) {
  const tag = normalise(raw);
  const list = (store.tagsById[bookmarkId] ??= []);
  if (list.includes(tag)) return false;
  list.push(tag);
  const users = store.byTag;
  if (!users.has(tag)) users.set(tag, new Set());
  users.get(tag).add(bookmarkId);
  store.counts[tag] = (store.counts[tag] || 0) + 1;
  return true;
}

function removeTag(store, bookmarkId, raw) {
  const tag = normalise(raw);
  const list = store.tagsById[bookmarkId];
  if (!list) return false;
  const at = list.indexOf(tag);
  if (at < 0) return false;
  list.splice(at, 1);
  if (list.length === 0) delete store.tagsById[bookmarkId];
  const ids = store.byTag.get(tag);
  ids.delete(bookmarkId);
  if (ids.size === 0) store.byTag.delete(tag);
  if (--store.counts[tag] === 0) delete store.counts[tag];
  return true;
}

function renameTag(store, from, to) {
  const a = normalise(from);
  const b = normalise(to);
  const ids = [...(store.byTag.get(a) || [])];
  ids.forEach((id) => {
    removeTag(store, id, a);
    addTag(store, id, b);
  });
  store.renames.push([a, b]);
  return ids.length;
}

module.exports = { normalise, addTag, removeTag, renameTag };
