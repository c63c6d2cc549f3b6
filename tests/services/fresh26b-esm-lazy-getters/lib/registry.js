// A process-wide registry behind a Symbol.for key on globalThis, as libraries share one
// across copies of themselves.
const KEY = Symbol.for('acme.pricing.registry');

globalThis[KEY] ??= { rules: new Map(), hits: 0 };

export function registry() {
  return globalThis[KEY];
}

export function addRule(name, pct) {
  globalThis[KEY].rules.set(name, pct);
  return globalThis[KEY].rules.size;
}
