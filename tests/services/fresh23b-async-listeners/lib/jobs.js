// A job board that is an EventEmitter with `captureRejections`: async listeners whose promise rejects
// reach its `Symbol.for('nodejs.rejection')` method, which records them. Each job has an AbortController;
// a group controller aborts every job of its group through `AbortSignal.any`, and each signal's 'abort'
// listener (and `onabort`) writes the job's state.
'use strict';
const { EventEmitter } = require('node:events');

class Cancelled extends Error {
  constructor(by) {
    super(`cancelled by ${by}`);
    this.name = 'Cancelled';
    this.by = by;
  }
}

class JobBoard extends EventEmitter {
  jobs = new Map();
  groups = new Map();
  rejections = [];
  aborts = { listener: 0, onabort: 0 };
  #seq = 0;

  constructor() {
    super({ captureRejections: true });
  }

  [Symbol.for('nodejs.rejection')](err, event, ...args) {
    this.rejections.push(`${event}:${err.message}:${args[0]?.id ?? '-'}`);
  }

  group(name) {
    if (!this.groups.has(name)) this.groups.set(name, new AbortController());
    return this.groups.get(name);
  }

  add(title, groupName) {
    const id = ++this.#seq;
    const own = new AbortController();
    const signal = AbortSignal.any([own.signal, this.group(groupName).signal]);
    const job = { id, title, group: groupName, state: 'queued', reason: null, controller: own, signal };
    signal.addEventListener('abort', () => {
      this.aborts.listener += 1;
      job.state = 'aborted';
      job.reason = signal.reason instanceof Cancelled ? signal.reason.by : String(signal.reason);
      this.emit('aborted', job);
    }, { once: true });
    signal.onabort = () => { this.aborts.onabort += 1; };
    this.jobs.set(id, job);
    this.emit('added', job);
    return job;
  }

  cancel(id, by) {
    const job = this.jobs.get(id);
    if (!job || job.signal.aborted) return null;
    job.controller.abort(new Cancelled(by));
    return job;
  }

  cancelGroup(name, by) {
    this.group(name).abort(new Cancelled(by));
    this.groups.delete(name);
  }

  finish(id) {
    const job = this.jobs.get(id);
    if (!job || job.state !== 'queued') return null;
    job.state = 'done';
    this.emit('done', job);
    return job;
  }

  view(job) {
    const { controller, signal, ...rest } = job;
    return { ...rest, aborted: signal.aborted };
  }
}

module.exports = { board: new JobBoard(), Cancelled };
