export const counters = Object.create(null);
const timeline = [];

export function inc(name, by = 1) {
  counters[name] = (counters[name] ?? 0) + by;
  timeline.push(name);
  if (timeline.length > 6) timeline.shift();
}

export function snapshot() {
  return { counters: { ...counters }, recent: [...timeline] };
}
