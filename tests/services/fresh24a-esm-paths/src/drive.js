// A virtual drive: files keyed by their path segments joined with '/'.
export class Drive {
  static #instances = 0;
  #files = new Map();
  #history = [];

  static {
    Drive.maxSize = 64;
  }

  constructor(name) {
    this.name = name;
    this.id = ++Drive.#instances;
  }

  static get count() {
    return Drive.#instances;
  }

  put(segments, content) {
    const key = segments.join('/');
    if (content.length > Drive.maxSize) throw Object.assign(new Error('too large'), { status: 413 });
    const prev = this.#files.get(key);
    const file = { path: key, content, version: (prev?.version ?? 0) + 1 };
    this.#files.set(key, file);
    this.#history.push({ op: prev ? 'update' : 'create', path: key });
    return file;
  }

  get(segments) {
    return this.#files.get(segments.join('/'));
  }

  remove(segments) {
    const key = segments.join('/');
    const had = this.#files.delete(key);
    if (had) this.#history.push({ op: 'delete', path: key });
    return had;
  }

  list(prefix = []) {
    const p = prefix.join('/');
    return [...this.#files.keys()].filter((k) => !p || k === p || k.startsWith(p + '/')).toSorted();
  }

  get lastChange() {
    return this.#history.at(-1) ?? null;
  }

  lastOf(op) {
    return this.#history.findLast((h) => h.op === op) ?? null;
  }
}

export const drives = new Map();
export function driveFor(name) {
  let d = drives.get(name);
  if (!d) drives.set(name, (d = new Drive(name)));
  return d;
}
