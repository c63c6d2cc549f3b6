const debounce = require('../utils/debounce');

const docs = new Map();
let index = new Map();
const meta = { builds: 0, lastBuildSize: 0 };

function tokenize(text) {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2);
}

function rebuild() {
  const next = new Map();
  for (const [id, doc] of docs) {
    for (const word of tokenize(`${doc.title} ${doc.body}`)) {
      if (!next.has(word)) next.set(word, new Set());
      next.get(word).add(id);
    }
  }
  index = next;
  meta.builds += 1;
  meta.lastBuildSize = docs.size;
}

const scheduleRebuild = debounce(rebuild, 1500);

exports.put = (id, doc) => {
  docs.set(id, doc);
  scheduleRebuild();
};

exports.remove = (id) => {
  const had = docs.delete(id);
  if (had) scheduleRebuild();
  return had;
};

exports.search = (q) => {
  const words = tokenize(q);
  if (!words.length) return [];
  const [first, ...others] = words.map((w) => index.get(w) ?? new Set());
  return [...first].filter((id) => others.every((s) => s.has(id))).sort();
};

exports.status = () => ({ ...meta, docs: docs.size, words: index.size, pending: scheduleRebuild.pending() });
