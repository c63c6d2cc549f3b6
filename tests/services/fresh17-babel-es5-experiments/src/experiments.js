import { EventEmitter } from 'events';
import { bucket } from './hash';
import { ExperimentError, NotFound } from './errors';

class Experiment {
  constructor(key, variants) {
    this.key = key;
    this.variants = variants;
    this.exposures = Object.fromEntries(variants.map((v) => [v, 0]));
    this.conversions = Object.fromEntries(variants.map((v) => [v, 0]));
    this.assignments = new Map();
    this.running = true;
  }

  assign(user) {
    if (!this.assignments.has(user)) {
      const variant = this.variants[bucket(`${this.key}:${user}`, this.variants.length)];
      this.assignments.set(user, variant);
      this.exposures[variant] += 1;
    }
    return this.assignments.get(user);
  }

  convert(user) {
    const variant = this.assignments.get(user);
    if (!variant) throw new ExperimentError(`${user} never saw ${this.key}`, 409);
    this.conversions[variant] += 1;
    return variant;
  }

  get report() {
    return this.variants.map((v) => ({
      variant: v,
      exposures: this.exposures[v],
      conversions: this.conversions[v],
      rate: this.exposures[v] ? Math.round((1000 * this.conversions[v]) / this.exposures[v]) / 10 : 0,
    }));
  }
}

class Registry extends EventEmitter {
  constructor() {
    super();
    this.experiments = {};
    this.overrides = new Map();
  }

  async create(key, variants = ['control', 'treatment']) {
    await Promise.resolve();
    if (this.experiments[key]) throw new ExperimentError(`${key} exists`, 409);
    const exp = new Experiment(key, variants);
    this.experiments[key] = exp;
    this.emit('created', key);
    return exp;
  }

  get(key) {
    const exp = this.experiments[key];
    if (!exp) throw new NotFound(`experiment ${key}`);
    return exp;
  }

  async expose(key, user) {
    const exp = this.get(key);
    const forced = this.overrides.get(`${key}:${user}`);
    if (forced) return { variant: forced, forced: true };
    if (!exp.running) return { variant: exp.variants[0], forced: false, stopped: true };
    await new Promise((resolve) => setTimeout(resolve, 2));
    return { variant: exp.assign(user), forced: false };
  }

  force(key, user, variant) {
    this.overrides.set(`${key}:${user}`, variant);
    this.emit('forced', key, user);
  }

  stop(key) {
    this.get(key).running = false;
    this.emit('stopped', key);
  }
}

export const registry = new Registry();
export const changelog = [];
registry.on('created', (k) => changelog.push(`created ${k}`));
registry.on('forced', (k, u) => changelog.push(`forced ${u} in ${k}`));
registry.on('stopped', (k) => changelog.push(`stopped ${k}`));
