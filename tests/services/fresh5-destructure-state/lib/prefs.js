// User preferences patched in place: `Object.assign(target, patch)` with defaults
// first, a rename map applied by destructuring into the target's properties.
const defaults = Object.freeze({ theme: 'light', lang: 'en', pageSize: 20 });
const byUser = new Map();

function prefsOf(user) {
  if (!byUser.has(user)) byUser.set(user, Object.assign({}, defaults));
  return byUser.get(user);
}

function applyLegacy(target, legacy) {
  ({ colour: target.theme = target.theme, locale: target.lang = target.lang, ...target.unknown } = legacy);
  return target;
}

module.exports = { prefsOf, applyLegacy, byUser };
