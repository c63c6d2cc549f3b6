// Health checks per slot: `&&=` and `||=` keep the flags, a history of results per slot.
const checks = { blue: { ok: true, runs: 0 }, green: { ok: false, runs: 0 } };
const history = {};

export function report(slot, passed) {
  const c = checks[slot];
  c.runs++;
  c.ok &&= passed;        // one failure marks the slot until it is reset
  c.ok ||= passed && c.runs === 1;
  (history[slot] ||= []).push(passed ? 'pass' : 'fail');
  return { ...c };
}

export function reset(slot) {
  checks[slot] = { ok: true, runs: 0 };
  delete history[slot];
}

export const statusOf = (slot) => ({ ...checks[slot], history: history[slot] ?? [] });
