import { reactive, watch } from './reactive.js';

const raw = {
  theme: 'light',
  limits: { upload: 10, daily: 100 },
  flags: { beta: false },
};

export const settings = reactive(raw);

// A class with accessors whose setter validates and counts, storing in a private field.
class Quota {
  #used = 0;
  rejected = 0;
  get used() { return this.#used; }
  set used(n) {
    if (n > settings.limits.daily) { this.rejected++; return; }
    this.#used = n;
  }
  get left() { return settings.limits.daily - this.#used; }
}
export const quota = new Quota();

const touched = new Set();
watch((change) => touched.add(change.path.split('.')[0]));
export const touchedSections = () => [...touched].sort();
