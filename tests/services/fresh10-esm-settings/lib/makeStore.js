export function makeStore(initial = {}) {
  let state = structuredClone(initial);
  const history = [];
  const watchers = [];

  const commit = (next, op) => {
    history.push({ op, before: state });
    state = next;
    watchers.forEach((fn) => fn(op, state));
  };

  return {
    get: () => state,
    history: () => history.map(({ op }) => op),
    watch(fn) {
      watchers.push(fn);
      return () => watchers.splice(watchers.indexOf(fn), 1);
    },
    apply(ops) {
      let draft = structuredClone(state);
      for (const op of ops) draft = applyOp(draft, op);
      commit(draft, ops.map((o) => `${o.op} ${o.path}`).join(', '));
      return state;
    },
    undo() {
      const last = history.pop();
      if (!last) return false;
      state = last.before;
      return true;
    },
  };
}

function applyOp(doc, { op, path, value }) {
  const keys = path.split('/').filter(Boolean);
  const last = keys.pop();
  let parent = doc;
  for (const key of keys) {
    if (op === 'add') parent[key] ??= {};
    parent = parent?.[key];
  }
  if (parent === undefined) throw new PatchError(`path ${path} does not exist`);
  switch (op) {
    case 'add':
    case 'replace':
      if (Array.isArray(parent) && last === '-') parent.push(value);
      else parent[last] = value;
      break;
    case 'remove':
      if (!Object.hasOwn(parent, last)) throw new PatchError(`nothing at ${path}`);
      Array.isArray(parent) ? parent.splice(Number(last), 1) : delete parent[last];
      break;
    case 'increment':
      parent[last] = (parent[last] ?? 0) + (value ?? 1);
      break;
    default:
      throw new PatchError(`unknown op ${op}`);
  }
  return doc;
}

export class PatchError extends Error {
  name = 'PatchError';
  status = 422;
}
