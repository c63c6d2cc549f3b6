const sleep = require('../utils/sleep');

const calls = { ok: 0, failed: 0, aborted: 0 };

async function lookupAuthor(name, signal) {
  await sleep(5, { signal });
  if (!name) throw new Error('no author');
  return { name, initials: name.split(' ').map((p) => p[0]).join('') };
}

async function wordCount(text, signal) {
  await sleep(5, { signal });
  return text.split(/\s+/).filter(Boolean).length;
}

async function slowSentiment(text, signal) {
  await sleep(30000, { signal });
  return text.includes('good') ? 'positive' : 'neutral';
}

async function enrich(doc, { timeoutMs = 3000 } = {}) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('timed out')), timeoutMs);
  const results = await Promise.allSettled([
    lookupAuthor(doc.author, controller.signal),
    wordCount(doc.body, controller.signal),
    slowSentiment(doc.body, controller.signal),
  ]);
  clearTimeout(timer);
  const [author, words, sentiment] = results.map((r) => {
    if (r.status === 'fulfilled') {
      calls.ok++;
      return r.value;
    }
    r.reason.message === 'timed out' ? calls.aborted++ : calls.failed++;
    return { error: r.reason.message };
  });
  return { author, words, sentiment };
}

module.exports = { enrich, calls };
