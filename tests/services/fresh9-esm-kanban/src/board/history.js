export default {
  entries: [],
  record(kind, detail) {
    this.entries.push({ n: this.entries.length + 1, kind, ...detail });
  },
  last(n = 3) {
    return this.entries.slice(-n);
  },
};
