'use strict';
// One byte per (tenant, flag); each tenant gets a subarray view over the shared bitmap.
const FLAGS = ['beta', 'dark', 'export', 'ai'];
const bitmap = new Uint8Array(FLAGS.length * 4);
const views = new Map();

function tenantView(tenant) {
  if (!views.has(tenant)) {
    const slot = views.size;
    views.set(tenant, bitmap.subarray(slot * FLAGS.length, (slot + 1) * FLAGS.length));
  }
  return views.get(tenant);
}

function toggle(tenant, flag) {
  const view = tenantView(tenant);
  const i = FLAGS.indexOf(flag);
  if (i === -1) return null;
  view[i] ^= 1;
  return Boolean(view[i]);
}

const enabled = (tenant) => FLAGS.filter((f, i) => views.get(tenant)?.[i] === 1);
const raw = () => Array.from(bitmap).join('');

module.exports = { toggle, enabled, raw, tenantView };
