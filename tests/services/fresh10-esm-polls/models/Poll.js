import { Ranking } from './Ranking.js';

export default class Poll {
  static #polls = new Map();
  static closedCount = 0;
  static defaults;

  static {
    Poll.defaults = Object.freeze({ multiple: false, maxOptions: 4 });
  }

  #voters = new Set();
  #closed = false;

  constructor(id, question, options, settings = {}) {
    this.id = id;
    this.question = question;
    this.options = options.slice(0, Poll.defaults.maxOptions);
    this.settings = { ...Poll.defaults, ...settings };
    this.ranking = new Ranking();
    Poll.#polls.set(id, this);
  }

  static find(id) {
    return Poll.#polls.get(id) ?? null;
  }

  static get all() {
    return [...Poll.#polls.values()];
  }

  get closed() {
    return this.#closed;
  }

  set closed(value) {
    if (value && !this.#closed) Poll.closedCount++;
    this.#closed = Boolean(value);
  }

  vote(voter, option) {
    if (this.#closed) return { ok: false, reason: 'closed' };
    if (!this.options.includes(option)) return { ok: false, reason: `unknown option ${option}` };
    if (!this.settings.multiple && this.#voters.has(voter)) return { ok: false, reason: 'already voted' };
    this.#voters.add(voter);
    this.ranking.bump(option);
    return { ok: true, leader: this.ranking.top()[0] };
  }

  get voterCount() {
    return this.#voters.size;
  }
}
