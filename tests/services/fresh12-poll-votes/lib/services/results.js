const repo = require('./repo');

const memo = new Map();
let computed = 0;

repo.events.on('voted', (id) => memo.delete(id));
repo.events.on('closed', (id) => memo.delete(id));

function results(id) {
  const poll = repo.get(id);
  if (!poll) return null;
  if (!memo.has(poll.id)) {
    computed++;
    const ranked = Object.entries(poll.tally).sort(([, a], [, b]) => b - a);
    memo.set(poll.id, {
      question: poll.question,
      open: poll.open,
      turnout: poll.turnout,
      leader: poll.turnout ? ranked[0][0] : null,
      last: ranked.at(-1)[0],
      ranked,
    });
  }
  return memo.get(poll.id);
}

module.exports = { results, computed: () => computed };
