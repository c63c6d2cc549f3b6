export let rejected = 0;

export function reject(status, error) {
  rejected += 1;
  return { status, body: { error } };
}

const groupBy = (items, keyFn) =>
  items.reduce((acc, item) => {
    (acc[keyFn(item)] ??= []).push(item);
    return acc;
  }, {});

export function castVote(poll, user, option) {
  if (!poll) return reject(404, 'no such poll');
  if (!poll.open) return reject(409, 'poll closed');
  const index = poll.options.findIndex((o) => o.label === option);
  if (index < 0) return reject(400, `unknown option ${option}`);
  const mine = (poll.voters.get(user) ?? poll.voters.set(user, new Set()).get(user));
  if (mine.has(index)) return reject(409, 'already voted for that');
  if (!poll.multi && mine.size) {
    const [previous] = mine;
    poll.options[previous].votes -= 1;
    mine.clear();
  }
  mine.add(index);
  poll.options[index].votes++;
  return { status: 200, body: { poll: poll.id, user, choices: [...mine].map((i) => poll.options[i].label) } };
}

export function results(poll) {
  const total = poll.options.reduce((s, o) => s + o.votes, 0);
  const ranked = poll.options.toSorted((a, b) => b.votes - a.votes || a.label.localeCompare(b.label));
  const tiers = groupBy(ranked, (o) => (o.votes === ranked[0].votes ? 'leading' : 'trailing'));
  return {
    question: poll.question,
    open: poll.open,
    total,
    voters: poll.voters.size,
    percent: Object.fromEntries(poll.options.map((o) => [o.label, total ? Math.round((o.votes * 100) / total) : 0])),
    leading: tiers.leading?.map((o) => o.label) ?? [],
    trailing: tiers.trailing?.length ?? 0,
    closedAfter: poll.closedAfter ?? null,
  };
}
