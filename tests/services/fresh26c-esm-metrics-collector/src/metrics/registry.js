import { createRequire } from 'node:module';
import _ from 'lodash';
import defaults from '../../config/defaults.json' with { type: 'json' };

const require = createRequire(import.meta.url);
const { metricName, checkLabels } = require('#legacy/names');

export const settings = defaults; // the JSON module is shared: PUT /config changes it for everyone

const key = (labels) =>
  Object.entries(labels ?? {})
    .toSorted(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}="${v}"`)
    .join(',');

export class Metric {
  static #all = new Map();
  series = new Map();

  constructor(name, type, help = '') {
    this.name = name;
    this.type = type;
    this.help = help;
  }

  static get(raw, type) {
    const name = metricName(settings.prefix, raw);
    let m = Metric.#all.get(name);
    if (m && m.type !== type) throw new TypeError(`${name} is a ${m.type}`, { cause: { name, was: m.type, asked: type } });
    if (!m) {
      m = type === 'histogram' ? new Histogram(name) : new Metric(name, type);
      Metric.#all.set(name, m);
    }
    return m;
  }

  static all() {
    return [...Metric.#all.values()].toSorted((a, b) => a.name.localeCompare(b.name));
  }

  static drop(raw) {
    return Metric.#all.delete(metricName(settings.prefix, raw));
  }

  observe(value, labels) {
    const bad = checkLabels(settings.allowedLabels, labels);
    if (bad.length) throw new RangeError(`labels not allowed: ${bad.join(', ')}`);
    const k = key(labels);
    if (this.type === 'counter') {
      if (value < 0) throw new RangeError('counters only go up');
      this.series.set(k, (this.series.get(k) ?? 0) + value);
    } else {
      this.series.set(k, value);
    }
  }

  get total() {
    return _.sum([...this.series.values()]);
  }
}

export class Histogram extends Metric {
  #bounds;

  constructor(name) {
    super(name, 'histogram');
    const { start, factor, count } = settings.buckets;
    this.#bounds = Array.from({ length: count }, (_, i) => start * factor ** i);
  }

  get bounds() {
    return this.#bounds;
  }

  observe(value, labels) {
    checkLabels(settings.allowedLabels, labels);
    const k = key(labels);
    const h = this.series.get(k) ?? { counts: new Array(this.#bounds.length + 1).fill(0), sum: 0, n: 0, values: [] };
    const i = this.#bounds.findIndex((b) => value <= b);
    h.counts[i === -1 ? this.#bounds.length : i]++;
    h.sum += value;
    h.n++;
    h.values = [...h.values, value].slice(-settings.retention);
    this.series.set(k, h);
  }

  get total() {
    return _.sumBy([...this.series.values()], 'n');
  }
}
