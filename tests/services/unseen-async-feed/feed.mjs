const items = [];
let nextId = 1;

export function publish(text, tags = []) {
  const item = { id: nextId++, text, tags };
  items.push(item);
  queueMicrotask(() => { item.indexed = true; });
  return item;
}

// Pages of `size` items, fetched lazily as the consumer asks.
export async function* pages(size, filter = () => true) {
  let page = [];
  for (const item of items) {
    await null;
    if (!filter(item)) continue;
    page.push(item);
    if (page.length === size) {
      yield page;
      page = [];
    }
  }
  if (page.length) yield page;
}

export class TagCloud {
  #counts = new Map();
  add(tags) { for (const t of tags) this.#counts.set(t, (this.#counts.get(t) ?? 0) + 1); }
  async *[Symbol.asyncIterator]() {
    const sorted = [...this.#counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    for (const entry of sorted) yield entry;
  }
}
