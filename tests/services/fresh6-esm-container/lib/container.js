// A small DI container: factories registered by name, each made once, lazily.
const factories = new Map();
const instances = new Map();
export const made = [];

export function register(name, factory) {
  factories.set(name, factory);
}

export function resolve(name) {
  if (!instances.has(name)) {
    const factory = factories.get(name);
    if (!factory) throw new Error(`nothing registered as ${name}`);
    instances.set(name, factory(resolve));
    made.push(name);
  }
  return instances.get(name);
}
