// A tag index: tag -> Set of note ids.
const index = new Map();

exports.tag = (id, tags) => {
  for (const t of tags) {
    if (!index.has(t)) index.set(t, new Set());
    index.get(t).add(id);
  }
};

exports.untag = (id) => {
  for (const [t, ids] of index) {
    ids.delete(id);
    if (ids.size === 0) index.delete(t);
  }
};

exports.find = (t) => [...(index.get(t) ?? [])];
exports.counts = () => Object.fromEntries([...index].map(([t, ids]) => [t, ids.size]).sort());
