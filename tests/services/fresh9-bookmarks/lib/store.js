// In-memory bookmark store. Swap for a DB later.
const bookmarks = new Map();
const byTag = new Map();
let nextId = 1;

function indexTags(bm) {
  for (const tag of bm.tags) {
    if (!byTag.has(tag)) byTag.set(tag, new Set());
    byTag.get(tag).add(bm.id);
  }
}

function unindexTags(bm) {
  for (const tag of bm.tags) {
    const ids = byTag.get(tag);
    ids?.delete(bm.id);
    if (ids && ids.size === 0) byTag.delete(tag);
  }
}

exports.add = ({ url, title, tags = [] }) => {
  const bm = { id: nextId++, url, title: title ?? url, tags: [...new Set(tags)], visits: 0 };
  bookmarks.set(bm.id, bm);
  indexTags(bm);
  return bm;
};

exports.get = (id) => bookmarks.get(id);

exports.update = (id, changes) => {
  const bm = bookmarks.get(id);
  if (!bm) return null;
  unindexTags(bm);
  Object.assign(bm, changes);
  indexTags(bm);
  return bm;
};

exports.remove = (id) => {
  const bm = bookmarks.get(id);
  if (!bm) return false;
  unindexTags(bm);
  return bookmarks.delete(id);
};

exports.visit = (id) => {
  const bm = bookmarks.get(id);
  if (bm) bm.visits += 1;
  return bm;
};

exports.list = ({ tag } = {}) => {
  if (!tag) return [...bookmarks.values()];
  return [...(byTag.get(tag) ?? [])].map((id) => bookmarks.get(id));
};

exports.tags = () =>
  [...byTag.entries()].map(([tag, ids]) => ({ tag, count: ids.size })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
