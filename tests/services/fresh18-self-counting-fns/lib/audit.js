'use strict';
// A tiny audit helper: counts its calls and remembers the actions it saw, on itself.
function audit(action, detail) {
  audit.calls = (audit.calls ?? 0) + 1;
  (audit.byAction ??= {})[action] = (audit.byAction[action] ?? 0) + 1;
  audit.last = { action, detail };
  return audit.calls;
}

audit.reset = function reset() {
  audit.calls = 0;
  audit.byAction = {};
  audit.last = null;
};

const slugify = function toSlug(text) {
  toSlug.made = (toSlug.made || 0) + 1;
  return String(text).trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
};

module.exports = { audit, slugify };
