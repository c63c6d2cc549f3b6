// Tagged templates that record what they format: a query log and per-template use counts keyed by the
// template's strings array (the same object at every call of one template literal, as lit-html caches).
const uses = new Map();
export const queryLog = [];
let nextParam = 1;

export function sql(strings, ...values) {
  uses.set(strings, (uses.get(strings) ?? 0) + 1);
  const text = strings.reduce((acc, s, i) => acc + (i ? `$${nextParam++}` : '') + s);
  queryLog.push({ text, values });
  return { text, values };
}

export function templateUses() {
  return [...uses].map(([strings, n]) => [strings.join('?'), n]);
}

export const money = (strings, ...values) =>
  strings.raw.reduce((out, s, i) => out + s + (i < values.length ? (values[i] / 100).toFixed(2) : ''), '');
