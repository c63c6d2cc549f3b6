// Settings whose setters write elsewhere (a change log, a version counter) and whose getters
// have side effects (a lazily built index, a read counter).
export const changes = [];
let version = 0;
const reads = { currency: 0 };

const raw = { currency: 'EUR', rounding: 2 };

export const settings = {};

for (const key of Object.keys(raw)) {
  Object.defineProperty(settings, key, {
    enumerable: true,
    get() {
      reads[key] = (reads[key] || 0) + 1;
      return raw[key];
    },
    set(value) {
      changes.push(`${key}:${raw[key]}->${value}`);
      raw[key] = value;
      version += 1;
    },
  });
}

Object.defineProperty(settings, 'version', { get: () => version });
Object.defineProperty(settings, 'reads', { get: () => ({ ...reads }) });
