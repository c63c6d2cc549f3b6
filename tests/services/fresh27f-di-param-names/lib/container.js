// A tiny DI container that resolves a factory's dependencies by its parameter names, as
// awilix's CLASSIC mode and older Angular-style injectors do: it parses fn.toString().
const ARGS = /^(?:async\s+)?(?:function\s*[\w$]*\s*)?\(?([^)=]*)\)?\s*=>|^(?:async\s+)?function\s*[\w$]*\s*\(([^)]*)\)|^class[^{]*\{[\s\S]*?constructor\s*\(([^)]*)\)/;

function paramNames(fn) {
  const src = Function.prototype.toString.call(fn);
  const m = src.match(ARGS);
  const list = m ? (m[1] ?? m[2] ?? m[3] ?? '') : '';
  return list.split(',').map((s) => s.replace(/=.*$/, '').trim()).filter(Boolean);
}

class Container {
  constructor() {
    this.registrations = new Map();
    this.singletons = new Map();
    this.resolutions = 0;
  }
  register(name, factory, { singleton = true } = {}) {
    this.registrations.set(name, { factory, singleton, deps: paramNames(factory) });
    return this;
  }
  resolve(name, path = []) {
    if (path.includes(name)) throw new Error('cycle: ' + [...path, name].join(' -> '));
    const reg = this.registrations.get(name);
    if (!reg) throw new Error('unknown dependency: ' + name);
    if (reg.singleton && this.singletons.has(name)) return this.singletons.get(name);
    this.resolutions++;
    const args = reg.deps.map((d) => this.resolve(d, [...path, name]));
    const isClass = /^class\b/.test(Function.prototype.toString.call(reg.factory));
    const value = isClass ? new reg.factory(...args) : reg.factory(...args);
    if (reg.singleton) this.singletons.set(name, value);
    return value;
  }
  graph() {
    return Object.fromEntries([...this.registrations].map(([k, r]) => [k, { deps: r.deps, arity: r.factory.length }]));
  }
}

module.exports = { Container, paramNames };
