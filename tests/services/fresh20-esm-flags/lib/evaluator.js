import { createHash } from 'node:crypto';
import { flags } from './store.js';

export function bucket(flag, user) {
  const digest = createHash('sha1').update(`${flag}:${user}`).digest();
  return digest.readUInt32BE(0) % 100;
}

export function makeEvaluator() {
  const counts = {};
  let evaluations = 0;

  function evaluate(name, user) {
    const flag = flags.get(name);
    let result;
    if (!flag) result = { on: false, reason: 'unknown' };
    else if (user in flag.overrides) result = { on: flag.overrides[user], reason: 'override' };
    else if (!flag.enabled) result = { on: false, reason: 'disabled' };
    else {
      const b = bucket(name, user);
      result = { on: b < flag.rollout, reason: 'rollout', bucket: b };
    }
    counts[name] ??= { on: 0, off: 0 };
    counts[name][result.on ? 'on' : 'off']++;
    evaluations++;
    return result;
  }

  return {
    evaluateAll(user, names) {
      const list = names.length ? names : [...flags.keys()];
      return Object.fromEntries(list.map((n) => [n, evaluate(n, user)]));
    },
    exposures: () => ({ evaluations, counts: structuredClone(counts) }),
  };
}

export const evaluator = makeEvaluator();
