// Module-level sequences, one per kind (a database sequence in production).
const sequences = new Map();
export let issued = 0;

export function nextId(kind) {
  const n = (sequences.get(kind) ?? 0) + 1;
  sequences.set(kind, n);
  issued += 1;
  return `${kind}${n}`;
}
