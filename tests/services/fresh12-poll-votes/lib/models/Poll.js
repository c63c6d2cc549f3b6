class Poll {
  static #seq = 0;
  #voters = new Set();
  open = true;
  tally;

  constructor(question, options) {
    this.id = ++Poll.#seq;
    this.question = question;
    this.options = options;
    this.tally = Object.fromEntries(options.map((o) => [o, 0]));
  }

  vote(voter, option) {
    if (!this.open) return 'closed';
    if (!Object.hasOwn(this.tally, option)) return 'bad option';
    if (this.#voters.has(voter)) return 'already voted';
    this.#voters.add(voter);
    this.tally[option]++;
    return null;
  }

  get turnout() { return this.#voters.size; }
}

module.exports = Poll;
