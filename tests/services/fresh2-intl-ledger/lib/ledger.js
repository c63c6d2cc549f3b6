const entries = [];
let nextId = 1;

const monthKey = (iso) => iso.slice(0, 7);

module.exports = {
  add({ date, amount, category, tags = [] }) {
    const entry = { id: nextId++, date, amount, category, tags };
    entries.push(entry);
    return entry;
  },
  remove(id) {
    const i = entries.findIndex((e) => e.id === id);
    return i === -1 ? null : entries.splice(i, 1)[0];
  },
  all: () => entries,
  byMonth() {
    return entries.reduce((acc, e) => {
      (acc[monthKey(e.date)] ??= []).push(e);
      return acc;
    }, {});
  },
  tags: () => [...new Set(entries.flatMap((e) => e.tags))].toSorted(),
};
