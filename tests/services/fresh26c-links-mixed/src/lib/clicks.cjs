'use strict';

const byCode = {};
const referrers = new Map();
let queuePromise;
let processed = 0;

// p-queue is ESM-only too; clicks are recorded one at a time, after the redirect is answered
async function queue() {
  queuePromise ??= import('p-queue').then(({ default: PQueue }) => new PQueue({ concurrency: 1 }));
  return queuePromise;
}

async function record(code, referrer) {
  const q = await queue();
  q.add(async () => {
    await null;
    byCode[code] = (byCode[code] ?? 0) + 1;
    const host = referrer ? new URL(referrer).hostname : '(direct)';
    referrers.set(host, (referrers.get(host) ?? 0) + 1);
    processed++;
  });
}

async function stats() {
  const q = await queue();
  await q.onIdle();
  const top = Object.entries(byCode).toSorted(([, a], [, b]) => b - a).at(0);
  return { processed, byCode: { ...byCode }, referrers: Object.fromEntries(referrers), top: top?.[0] ?? null, pending: q.size };
}

module.exports = { record, stats };
