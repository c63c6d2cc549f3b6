const { fetchSource, paginate } = require('../sources');

const seen = new Set();
const history = [];

async function refresh(names) {
  const results = await Promise.allSettled(names.map((n) => fetchSource(n)));
  const report = { added: 0, failed: [] };
  results.forEach((r, i) => {
    if (r.status === 'rejected') {
      report.failed.push({ source: names[i], reason: r.reason.message });
      return;
    }
    for (const item of r.value) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      history.push({ ...item, source: names[i] });
      report.added++;
    }
  });
  return report;
}

async function firstAvailable(names) {
  const controller = new AbortController();
  try {
    const items = await Promise.any(names.map((n) => fetchSource(n, { signal: controller.signal })));
    return items.length;
  } catch (err) {
    if (err instanceof AggregateError) return { errors: err.errors.map((e) => e.message) };
    throw err;
  } finally {
    controller.abort();
  }
}

async function collectPages(size) {
  const pages = [];
  for await (const page of paginate(history, size)) {
    pages.push(page.map((i) => i.id));
  }
  return pages;
}

module.exports = {
  refresh,
  firstAvailable,
  collectPages,
  latest: () => history.at(-1) ?? null,
  lastTagged: (tag) => history.findLast((i) => i.tags.includes(tag)) ?? null,
  count: () => history.length,
};
