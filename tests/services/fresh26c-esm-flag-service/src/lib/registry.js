import { createRequire } from 'node:module';
import { z } from 'zod';
import config from '#config';
import { audit } from '#lib/audit';

const require = createRequire(import.meta.url);
const engine = require('../rules/engine.cjs');

export const FlagSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9-]*$/),
  enabled: z.boolean().default(false),
  rollout: z.number().int().min(0).max(100).default(100),
  rules: z.array(z.object({ attr: z.string(), in: z.array(z.string()).nonempty() })).max(config.maxRules).default([]),
});

export class FlagRegistry {
  #flags = new Map();
  static #registries = 0;

  static {
    FlagRegistry.kind = 'memory';
  }

  constructor(seed = []) {
    FlagRegistry.#registries++;
    for (const f of seed) this.#flags.set(f.key, structuredClone(f));
  }

  static get count() {
    return FlagRegistry.#registries;
  }

  #require(key) {
    const flag = this.#flags.get(key);
    if (!flag) throw new Error(`unknown flag ${key}`, { cause: { status: 404, key } });
    return flag;
  }

  list() {
    return [...this.#flags.values()].toSorted((a, b) => a.key.localeCompare(b.key));
  }

  get(key) {
    return this.#flags.get(key);
  }

  create(input) {
    const flag = FlagSchema.parse(input);
    if (this.#flags.has(flag.key)) throw new Error(`flag ${flag.key} exists`, { cause: { status: 409 } });
    this.#flags.set(flag.key, flag);
    audit.record('create', flag.key);
    return flag;
  }

  toggle(key) {
    const flag = this.#require(key);
    flag.enabled = !flag.enabled;
    audit.record(flag.enabled ? 'enable' : 'disable', key);
    return flag;
  }

  setRollout(key, rollout) {
    const flag = this.#require(key);
    const before = flag.rollout;
    flag.rollout = FlagSchema.shape.rollout.parse(rollout);
    audit.record('rollout', key, { from: before, to: flag.rollout });
    return flag;
  }

  replaceRule(key, index, rule) {
    const flag = this.#require(key);
    if (index < 0 || index >= flag.rules.length) throw new Error('no such rule', { cause: { status: 404 } });
    flag.rules = flag.rules.with(index, rule);
    audit.record('rule', key, { index });
    return flag;
  }

  dropRule(key, index) {
    const flag = this.#require(key);
    flag.rules = flag.rules.toSpliced(index, 1);
    audit.record('unrule', key, { index });
    return flag;
  }

  evaluate(key, context) {
    return engine.evaluate(this.#flags.get(key), context);
  }
}

export const registry = new FlagRegistry(config.seed);
