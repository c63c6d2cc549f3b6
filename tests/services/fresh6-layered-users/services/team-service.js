const { NotFoundError, ConflictError, ValidationError } = require('../errors');

class TeamService {
  constructor({ teamRepo, userService, config }) {
    this.teams = teamRepo;
    this.userService = userService;
    this.limit = config.maxUsersPerTeam;
  }

  create(name) {
    if (!name) throw new ValidationError('team name required', ['name']);
    return this.teams.create(name);
  }

  join(teamId, userId) {
    const team = this.teams.findById(teamId);
    if (!team) throw new NotFoundError('team', teamId);
    const user = this.userService.get(userId);
    if (user.teamId === teamId) throw new ConflictError(`user ${userId} already in team ${teamId}`);
    if (this.teams.members(teamId).length >= this.limit) throw new ConflictError(`team ${teamId} is full`);
    if (user.teamId !== null) this.teams.removeMember(userId);
    this.teams.addMember(teamId, userId);
    user.teamId = teamId;
    team.createdBy ??= userId;
    return { team, members: this.teams.members(teamId) };
  }

  roster(teamId) {
    const team = this.teams.findById(teamId);
    if (!team) throw new NotFoundError('team', teamId);
    return { ...team, members: this.teams.members(teamId).map((id) => this.userService.get(id).name) };
  }
}

module.exports = TeamService;
