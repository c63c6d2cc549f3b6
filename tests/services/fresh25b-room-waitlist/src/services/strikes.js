'use strict';

module.exports = function strikeService({ repos, bus, config, notices }) {
  async function strike(userId, reason) {
    const user = await repos.users.get(userId);
    const strikes = user.strikes + 1;
    const suspended = strikes >= config.strikesToSuspend;
    await repos.users.update(userId, { strikes, suspended });
    await notices.send(userId, suspended ? `Strike ${strikes} (${reason}): account suspended` : `Strike ${strikes} (${reason})`);
  }

  bus.on('booking.cancelled', async (b) => {
    if (b.late) await strike(b.user, 'late cancellation');
  });
  bus.on('booking.no_show', (b) => strike(b.user, `no-show ${b.id}`));

  async function pardon(userId) {
    const user = await repos.users.update(userId, { strikes: 0, suspended: false });
    await notices.send(userId, 'Your strikes were cleared');
    return user;
  }

  return { pardon };
};
