import { polls } from './polls.js';

export const stats = { created: 0, votes: 0, changes: 0, closed: 0 };
export const log = [];

polls.on('created', (poll) => {
  stats.created++;
  log.push(`created ${poll.id}`);
});
polls.on('voted', ({ poll, voter, changed }) => {
  changed ? stats.changes++ : stats.votes++;
  log.push(`${voter} ${changed ? 're-voted' : 'voted'} on ${poll}`);
});
polls.once('closed', (poll) => log.push(`first close: ${poll.id}`));
polls.on('closed', () => { stats.closed++; });
