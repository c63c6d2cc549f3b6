// A small subset of RFC 6901 JSON pointers and RFC 6902 patches.
const unescape = (token) => token.replace(/~1/g, '/').replace(/~0/g, '~');

function parse(pointer) {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new PatchError(`bad pointer ${pointer}`);
  return pointer.slice(1).split('/').map(unescape);
}

class PatchError extends Error {
  constructor(message, status = 422) {
    super(message);
    this.status = status;
  }
}

function parentOf(doc, tokens) {
  let node = doc;
  for (const token of tokens.slice(0, -1)) {
    node = node?.[token];
    if (node === undefined || typeof node !== 'object') throw new PatchError(`path not found: /${tokens.join('/')}`);
  }
  return [node, tokens.at(-1)];
}

const ops = {
  add(doc, { path, value }) {
    const [parent, key] = parentOf(doc, parse(path));
    if (Array.isArray(parent)) parent.splice(key === '-' ? parent.length : Number(key), 0, value);
    else parent[key] = value;
  },
  replace(doc, { path, value }) {
    const [parent, key] = parentOf(doc, parse(path));
    if (!(key in parent)) throw new PatchError(`nothing to replace at ${path}`);
    parent[key] = value;
  },
  remove(doc, { path }) {
    const [parent, key] = parentOf(doc, parse(path));
    if (!(key in parent)) throw new PatchError(`nothing to remove at ${path}`);
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  },
  test(doc, { path, value }) {
    const [parent, key] = parentOf(doc, parse(path));
    if (JSON.stringify(parent[key]) !== JSON.stringify(value)) {
      throw new PatchError(`test failed at ${path}`, 409);
    }
  },
};

function applyPatch(document, patch) {
  const draft = structuredClone(document);
  patch.forEach((operation, i) => {
    const apply = ops[operation?.op];
    if (!apply) throw new PatchError(`operation ${i}: unknown op ${operation?.op}`);
    apply(draft, operation);
  });
  return draft;
}

module.exports = { applyPatch, PatchError };
