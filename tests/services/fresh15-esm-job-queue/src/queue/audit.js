const counts = {};
const lastByJob = new Map();

export const audit = {
  record(event, job) {
    counts[event] = (counts[event] ?? 0) + 1;
    lastByJob.set(job.id, event);
  },
  counts: () => ({ ...counts }),
  last: (id) => lastByJob.get(id) ?? null,
};
