export function createAuditService({ repos, clock, bus }) {
  const totals = {};
  bus.on('*', ({ name, tenant, actor, noteId, detail }) => {
    totals[name] = (totals[name] ?? 0) + 1;
    repos.audit.add(tenant, { at: clock.iso(), actor, action: name, noteId: noteId ?? '', detail: detail ?? '' });
  });

  const csvCell = (v) => (/[",\n]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v));

  return {
    totals: () => ({ ...totals }),
    csv(tenant) {
      const rows = repos.audit.list(tenant);
      const header = 'id,at,actor,action,note,detail';
      return [header, ...rows.map((r) => [r.id, r.at, r.actor, r.action, r.noteId, r.detail].map(csvCell).join(','))].join('\n') + '\n';
    },
  };
}
