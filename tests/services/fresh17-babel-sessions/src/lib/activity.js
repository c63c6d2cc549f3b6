import sessions from './sessions';

const log = [];
const perUser = {};

sessions.on('created', (user) => {
  perUser[user] = { ...perUser[user], logins: (perUser[user]?.logins ?? 0) + 1 };
  log.push(`in:${user}`);
});

sessions.on('ended', (user, why) => {
  log.push(`out:${user}:${why}`);
});

export const activity = () => ({ log: log.slice(-5), perUser });
