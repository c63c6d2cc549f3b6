import { SearchIndex } from './search.js';

export const bookmarks = new Map();
export const index = new SearchIndex();
export const counters = { created: 0, clicks: 0, searches: 0 };
let lastId = 0;

export function save(input, existing) {
  const id = existing?.id ?? ++lastId;
  const bookmark = {
    id,
    url: input.url ?? existing.url,
    title: input.title ?? existing?.title ?? new URL(input.url).hostname,
    tags: [...new Set((input.tags ?? existing?.tags ?? []).map((t) => t.toLowerCase()))],
    notes: input.notes ?? existing?.notes ?? '',
    clicks: existing?.clicks ?? 0,
  };
  bookmarks.set(id, bookmark);
  index.add(id, bookmark);
  if (!existing) counters.created++;
  return bookmark;
}

export function drop(id) {
  index.remove(id);
  return bookmarks.delete(id);
}
