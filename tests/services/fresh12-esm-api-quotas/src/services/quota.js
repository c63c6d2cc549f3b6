import { EventEmitter } from 'node:events';
import { plans } from '../config/plans.js';

export const usage = new EventEmitter();

export class Quota {
  static registry;
  static {
    Quota.registry = new Map();
  }

  #used = 0;
  #alerted = false;

  constructor(key, plan) {
    this.key = key;
    this.plan = plan;
    Quota.registry.set(key, this);
  }

  static for(key, plan) {
    return Quota.registry.get(key) ?? new Quota(key, plan);
  }

  get limit() { return plans[this.plan].limit; }
  get remaining() { return Math.max(0, this.limit - this.#used); }

  take(units) {
    if (this.#used + units > this.limit) {
      usage.emit('rejected', this.key, units);
      return false;
    }
    this.#used += units;
    if (!this.#alerted && this.#used >= this.limit * plans[this.plan].alertAt) {
      this.#alerted = true;
      usage.emit('alert', this.key, this.#used);
    }
    return true;
  }

  reset() {
    this.#used = 0;
    this.#alerted = false;
  }

  toJSON() {
    return { key: this.key, plan: this.plan, used: this.#used, remaining: this.remaining };
  }
}
