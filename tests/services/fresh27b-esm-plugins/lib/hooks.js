// A tiny hook registry (before/after), like the ones in ORMs and CMSes.
const registry = { before: new Map(), after: new Map() };

export const hooks = {
  before(event, fn) { add('before', event, fn); return this; },
  after(event, fn) { add('after', event, fn); return this; },
  async run(event, doc, action) {
    for (const fn of registry.before.get(event) ?? []) doc = (await fn(doc)) ?? doc;
    const result = await action(doc);
    for (const fn of registry.after.get(event) ?? []) await fn(result);
    return result;
  },
  count(event) {
    return (registry.before.get(event)?.length ?? 0) + (registry.after.get(event)?.length ?? 0);
  },
};

function add(kind, event, fn) {
  const list = registry[kind].get(event) ?? [];
  list.push(fn);
  registry[kind].set(event, list);
}
