'use strict';

const results = { done: [], failed: [] };
const byKind = new Map();

function onFinished(job) {
  const bucket = job.error ? results.failed : results.done;
  bucket.push(job.error ? `${job.id}: ${job.error}` : `${job.id}=${JSON.stringify(job.result)}`);
  const entry = byKind.get(job.kind) ?? { ok: 0, failed: 0 };
  entry[job.error ? 'failed' : 'ok']++;
  byKind.set(job.kind, entry);
}

module.exports = { results, byKind, onFinished };
