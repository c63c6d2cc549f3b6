// Inverted index per tenant, rebuilt lazily; dropped when a note of the tenant changes, else kept for searchTtlMs.
export function createSearchService({ repos, clock, bus, config }) {
  const indexes = new Map();
  const stats = { builds: 0, hits: 0 };

  bus.on('note.*', ({ tenant }) => indexes.delete(tenant));

  const words = (text) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

  function build(tenant) {
    stats.builds += 1;
    const index = new Map();
    for (const note of repos.notes.list(tenant, (n) => !n.deleted)) {
      for (const w of new Set([...words(note.title), ...words(note.body), ...note.tags])) {
        if (!index.has(w)) index.set(w, new Set());
        index.get(w).add(note.id);
      }
    }
    return { index, builtAt: clock.now() };
  }

  return {
    search(tenant, query) {
      let entry = indexes.get(tenant);
      let cached = true;
      if (!entry || clock.now() - entry.builtAt >= config.searchTtlMs) {
        entry = build(tenant);
        indexes.set(tenant, entry);
        cached = false;
      } else {
        stats.hits += 1;
      }
      const terms = words(query);
      const [first, ...rest] = terms.map((t) => entry.index.get(t) ?? new Set());
      const ids = first ? [...first].filter((id) => rest.every((s) => s.has(id))) : [];
      return { ids, cached };
    },
    stats,
  };
}
