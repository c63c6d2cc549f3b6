// Module state written from inside callbacks the engine calls: a replace callback, a sort
// comparator and a reduce reducer.
export const usage = { replacements: 0, missing: new Set(), comparisons: 0 };
export const tally = {};

export function render(template, vars) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => {
    usage.replacements += 1;
    if (!(key in vars)) {
      usage.missing.add(key);
      return whole;
    }
    return String(vars[key]);
  });
}

export function rank(entries) {
  return [...entries].sort((a, b) => {
    usage.comparisons += 1;
    return b.amount - a.amount || a.name.localeCompare(b.name);
  });
}

export function sum(entries) {
  return entries.reduce((total, entry) => {
    tally[entry.category] = (tally[entry.category] ?? 0) + entry.amount;
    return total + entry.amount;
  }, 0);
}
