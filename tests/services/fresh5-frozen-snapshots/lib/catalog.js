// An immutable catalog: `current` is a deep-frozen object replaced wholesale
// on each change (copy-on-write), old versions kept in a list, readers get the
// frozen object itself through a function and a live `exports` getter.
const deepFreeze = (o) => {
  Object.values(o).forEach((v) => v && typeof v === 'object' && deepFreeze(v));
  return Object.freeze(o);
};

let current = deepFreeze({ version: 1, prices: { tea: 300, cake: 450 }, tags: ['base'] });
const versions = [current];

function update(recipe) {
  const draft = structuredClone(current);
  recipe(draft);
  draft.version = current.version + 1;
  current = deepFreeze(draft);
  versions.push(current);
  return current;
}

function rollback(version) {
  const found = versions.find((v) => v.version === version);
  if (found) {
    current = found;
    versions.push(found);
  }
  return found;
}

module.exports = {
  get current() { return current; },
  snapshot: () => current,
  update,
  rollback,
  versions,
};
