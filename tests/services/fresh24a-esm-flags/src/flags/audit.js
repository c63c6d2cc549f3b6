const entries = [];

export function audit(actor, action, key, detail) {
  entries.push({ n: entries.length + 1, actor: actor ?? 'anonymous', action, key, ...(detail && { detail }) });
}

export function auditLog({ key, last } = {}) {
  const rows = key ? entries.filter((e) => e.key === key) : entries;
  return last ? rows.slice(-Number(last)) : rows;
}
