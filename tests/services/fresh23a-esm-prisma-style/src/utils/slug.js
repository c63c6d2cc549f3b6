// writes a unique slug onto the post data it is given, remembering the ones handed out
const taken = new Map();

export function withSlug(data) {
  const base = data.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const n = taken.get(base) ?? 0;
  taken.set(base, n + 1);
  data.slug = n === 0 ? base : `${base}-${n + 1}`;
  return data;
}
