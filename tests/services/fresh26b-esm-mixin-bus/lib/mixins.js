// Mixins copied onto prototypes: their methods write this module's maps, whatever `this` is.
export const touches = new Map();
export const journal = [];

export function log(line, sink = journal) {
  sink.push(line);
  return sink.length;
}

export const Timestamped = {
  touch(what) {
    const n = (touches.get(this.name) ?? 0) + 1;
    touches.set(this.name, n);
    log(`${this.name}#${n} ${what}`);
    return n;
  },
};

export const Thresholds = {
  setThreshold(sku, min) {
    this.thresholds ??= {};
    this.thresholds[sku] = min;
  },
  below(sku, qty) {
    return qty < (this.thresholds?.[sku] ?? 0);
  },
};
