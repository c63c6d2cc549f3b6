const polls = new Map();
let seq = 0;

const tally = (poll) => Object.fromEntries(poll.options.map((o) => [o, [...poll.votes.values()].filter((v) => v === o).length]));

function createPoll(question, options) {
  const poll = { id: String(++seq), question, options, votes: new Map(), open: true };
  polls.set(poll.id, poll);
  return poll;
}

module.exports = { polls, tally, createPoll };
