// Polls with one vote per voter (a voter may change their vote), live tallies, closing.
import { EventEmitter } from 'node:events';

export class PollError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

class PollService extends EventEmitter {
  #polls = new Map();
  #seq = 0;

  create({ question, options, multiple = false }) {
    if (!question?.trim()) throw new PollError('INVALID', 'question required');
    const unique = [...new Set(options ?? [])];
    if (unique.length < 2) throw new PollError('INVALID', 'at least two distinct options');
    const id = `poll-${++this.#seq}`;
    const poll = {
      id,
      question: question.trim(),
      options: unique,
      multiple,
      open: true,
      ballots: new Map(), // voter -> [option index]
    };
    this.#polls.set(id, poll);
    this.emit('created', poll);
    return this.view(poll);
  }

  get(id) {
    const poll = this.#polls.get(id);
    if (!poll) throw new PollError('NOT_FOUND', `poll ${id} not found`);
    return poll;
  }

  vote(id, voter, choices) {
    const poll = this.get(id);
    if (!poll.open) throw new PollError('CLOSED', 'poll is closed');
    const picks = [choices].flat().map((c) => (typeof c === 'number' ? c : poll.options.indexOf(c)));
    if (picks.some((i) => i < 0 || i >= poll.options.length)) throw new PollError('INVALID', 'unknown option');
    if (!poll.multiple && picks.length !== 1) throw new PollError('INVALID', 'pick exactly one option');
    const changed = poll.ballots.has(voter);
    poll.ballots.set(voter, [...new Set(picks)]);
    this.emit('voted', { poll: id, voter, changed });
    return { changed, ...this.tally(poll) };
  }

  retract(id, voter) {
    const poll = this.get(id);
    return poll.ballots.delete(voter);
  }

  close(id) {
    const poll = this.get(id);
    poll.open = false;
    this.emit('closed', poll);
    return this.view(poll);
  }

  tally(poll) {
    const counts = poll.options.map(() => 0);
    for (const picks of poll.ballots.values()) picks.forEach((i) => counts[i]++);
    const total = counts.reduce((a, b) => a + b, 0);
    const results = poll.options.map((option, i) => ({
      option,
      votes: counts[i],
      pct: total ? Math.round((counts[i] / total) * 1000) / 10 : 0,
    }));
    const top = Math.max(...counts);
    const leaders = total ? results.filter((r) => r.votes === top).map((r) => r.option) : [];
    return { total, voters: poll.ballots.size, results, leaders };
  }

  view(poll) {
    const { ballots, ...rest } = poll;
    return { ...rest, ...this.tally(poll) };
  }

  list() {
    return [...this.#polls.values()].map(({ id, question, open, ballots }) => ({ id, question, open, voters: ballots.size }));
  }
}

export const polls = new PollService();
