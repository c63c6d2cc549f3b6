const bus = require('./bus');

const entries = [];

bus.on('*', ({ seq, type, payload }) => {
  entries.push(`${seq}:${type}:${payload?.id ?? '-'}`);
});

module.exports = {
  recent: (n = 5) => entries.slice(-n),
  get size() {
    return entries.length;
  },
};
