// Settings kept in module variables, reached only through accessors: an object literal's
// get/set pair, an accessor added with Object.defineProperty, and a class whose setter also
// writes a static total.
let theme = 'light';
let changes = 0;
const log = [];
const sizes = [];

export const settings = {
  get theme() {
    return theme;
  },
  set theme(next) {
    if (!['light', 'dark', 'sepia'].includes(next)) throw new RangeError(`unknown theme ${next}`);
    if (next === theme) return;
    log.push(`theme:${theme}->${next}`);
    theme = next;
    changes += 1;
  },
  get changes() {
    return changes;
  },
};

Object.defineProperty(settings, 'fontSize', {
  enumerable: true,
  get() {
    return sizes.length ? sizes[sizes.length - 1] : 14;
  },
  set(value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 8 || n > 40) throw new RangeError(`bad font size ${value}`);
    log.push(`font:${n}`);
    sizes.push(n);
    changes += 1;
  },
});

Object.defineProperty(settings, 'previousFontSize', {
  get: () => sizes.at(-2) ?? null,
});

export function history() {
  return log.slice();
}

export function undoFont() {
  const dropped = sizes.pop();
  if (dropped !== undefined) log.push(`font-undo:${dropped}`);
  return dropped ?? null;
}

export class Gauge {
  static total = 0;
  static writes = 0;
  #level = 0;

  get level() {
    return this.#level;
  }

  set level(v) {
    const next = Math.max(0, Math.min(100, Math.trunc(v)));
    Gauge.total += next - this.#level;
    Gauge.writes += 1;
    this.#level = next;
  }
}

export const gauges = { water: new Gauge(), power: new Gauge() };
