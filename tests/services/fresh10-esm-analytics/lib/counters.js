export let pageviews = 0;
export let lastPath = null;
export const byPath = {};

export function track(path) {
  pageviews++;
  lastPath = path;
  byPath[path] = (byPath[path] ?? 0) + 1;
}

export function resetCounters() {
  pageviews = 0;
  lastPath = null;
  for (const key of Object.keys(byPath)) delete byPath[key];
}
