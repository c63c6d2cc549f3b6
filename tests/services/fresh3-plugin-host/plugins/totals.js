// Keeps running totals in an object it exposes through getters and a setter.
const totals = {
  _sum: 0,
  _count: 0,
  get sum() {
    return this._sum;
  },
  set sum(v) {
    this._sum = v;
    this._count++;
  },
  get average() {
    return this._count ? Math.round(this._sum / this._count) : 0;
  },
};

module.exports = {
  totals,
  install(host, { field }) {
    host.on('afterSave', (rec) => {
      totals.sum += rec[field] ?? 0;
    });
  },
};
