class PollRepo {
  #polls = [];
  #nextId = 1;

  create({ question, options, multi }) {
    const poll = {
      id: this.#nextId++,
      question,
      multi,
      open: true,
      options: options.map((label) => ({ label, votes: 0 })),
      voters: new Map(), // user -> Set(option index)
    };
    this.#polls.push(poll);
    return this.#view(poll);
  }

  #view({ voters, ...rest }) {
    return structuredClone(rest);
  }

  get(id) {
    return this.#polls.find((p) => p.id === id);
  }

  list() {
    return this.#polls.map((p) => this.#view(p));
  }

  #shut(poll) {
    poll.open = false;
    poll.closedAfter = [...poll.voters.keys()].length;
  }

  close(id) {
    const poll = this.get(id);
    if (!poll?.open) return false;
    this.#shut(poll);
    return true;
  }
}

export default new PollRepo();
