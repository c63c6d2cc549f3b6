const bus = require('./bus');

const counts = new Map();
let lastSettled = null;

function track(event) {
  counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
  // recorded after the current synchronous work, like a deferred metric flush
  queueMicrotask(() => {
    lastSettled = event.seq;
  });
}

for (const type of ['user.created', 'user.renamed', 'user.deleted']) bus.on(type, track);

bus.once('user.created', (event) => {
  counts.set('first-user', event.payload.id);
});

module.exports = {
  snapshot() {
    return { counts: Object.fromEntries(counts), lastSettled };
  },
};
