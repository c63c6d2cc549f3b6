export const flags = new Map();
export const changelog = [];
export let version = 0;

export function upsertFlag(name, patch) {
  const prev = flags.get(name);
  const next = { name, enabled: false, rollout: 0, overrides: {}, ...prev, ...patch };
  next.overrides = { ...prev?.overrides, ...patch.overrides };
  flags.set(name, next);
  version += 1;
  changelog.push({ version, name, change: Object.keys(patch).sort() });
  if (changelog.length > 3) changelog.shift();
  return next;
}

export function removeFlag(name) {
  if (!flags.delete(name)) return false;
  version += 1;
  changelog.push({ version, name, change: ['deleted'] });
  if (changelog.length > 3) changelog.shift();
  return true;
}
