// Configuration replaced wholesale by spreads (immutable style), snapshots as
// deep clones, and a Proxy view that records who changed what.
let config = { version: 0, flags: { beta: false }, hosts: ['a.local'] };
const snapshots = [];
const changes = [];

const getConfig = () => config;

function patch(p) {
  config = { ...config, ...p, flags: { ...config.flags, ...p.flags }, version: config.version + 1 };
  return config;
}

function snapshot(label) {
  snapshots.push({ label, data: JSON.parse(JSON.stringify(config)) });
  return snapshots.length;
}

function restore(label) {
  const snap = snapshots.findLast((s) => s.label === label);
  if (!snap) return null;
  config = { ...structuredClone(snap.data), version: config.version + 1 };
  return config;
}

// A writable view of the live flags: every write through it is recorded.
function flagsView(actor) {
  return new Proxy(config.flags, {
    set(target, key, value) {
      changes.push(`${actor}:${String(key)}=${value}`);
      return Reflect.set(target, key, value);
    },
  });
}

module.exports = { getConfig, patch, snapshot, restore, flagsView, snapshots, changes };
