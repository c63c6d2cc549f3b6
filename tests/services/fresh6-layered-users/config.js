// Read once at startup; every module that requires it shares the same object.
const config = {
  maxUsersPerTeam: Number(process.env.MAX_USERS_PER_TEAM || 3),
  defaultRole: 'member',
  pageSize: 2,
};

module.exports = Object.freeze(config);
