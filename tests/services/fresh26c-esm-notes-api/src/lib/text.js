export const slugify = (s) =>
  s.toLowerCase().normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/[\s_]+/g, '-');

export const excerpt = (body, n = 24) => (body.length > n ? `${body.slice(0, n - 1)}…` : body);

export function normalizeTags(tags = []) {
  return [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))].toSorted();
}
