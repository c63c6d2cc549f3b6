// A queue drained by an async generator: each step shifts the queue and records progress in
// module state before yielding.
export const queue = [];
export const processed = [];
export const progress = { drained: 0, runs: 0 };

export async function* drain(limit) {
  progress.runs += 1;
  let taken = 0;
  while (queue.length && taken < limit) {
    const job = queue.shift();
    await Promise.resolve();
    processed.push(job.name);
    progress.drained += 1;
    taken += 1;
    yield { ...job, left: queue.length };
  }
}

// Methods run concurrently under Promise.all, all writing the one shared report object.
export class Analyzer {
  constructor(report) {
    this.report = report;
  }

  async words(text) {
    await null;
    this.report.words = (this.report.words ?? 0) + text.split(/\s+/).filter(Boolean).length;
  }

  async letters(text) {
    this.report.letters = (this.report.letters ?? 0) + (text.match(/[a-z]/gi) ?? []).length;
  }

  async capitals(text) {
    await Promise.resolve();
    await null;
    const caps = text.match(/\b[A-Z]\w*/g) ?? [];
    this.report.capitals = [...(this.report.capitals ?? []), ...caps];
    this.report.order = [...(this.report.order ?? []), 'capitals'];
  }
}
