'use strict';

const { NotFoundError, ForbiddenError, ConflictError } = require('../utils/errors');

class ProjectService {
  constructor({ projects, memberships, users, bus, clock }) {
    Object.assign(this, { projects, memberships, users, bus, clock });
  }

  create(owner, { key, name }) {
    if (this.projects.findOne((p) => p.key === key)) throw new ConflictError(`Project key ${key} is taken`);
    const project = this.projects.create({ key, name, ownerId: owner.id, createdAt: this.clock.iso(), issueSeq: 0 });
    this.memberships.create({ projectId: project.id, userId: owner.id, role: 'admin' });
    this.bus.publish('project.created', { projectId: project.id, actorId: owner.id });
    return project;
  }

  get(projectId) {
    const project = this.projects.findById(projectId) ?? this.projects.findOne((p) => p.key === projectId);
    if (!project) throw new NotFoundError('Project', projectId);
    return project;
  }

  roleOf(projectId, userId) {
    return this.memberships.findOne((m) => m.projectId === projectId && m.userId === userId)?.role ?? null;
  }

  assertMember(projectId, user, roles = ['admin', 'developer', 'viewer']) {
    const role = this.roleOf(projectId, user.id);
    if (!role) throw new ForbiddenError(`${user.username} is not a member of ${projectId}`);
    if (!roles.includes(role)) throw new ForbiddenError(`${role} cannot do this`);
    return role;
  }

  addMember(projectId, actor, { username, role }) {
    const project = this.get(projectId);
    this.assertMember(project.id, actor, ['admin']);
    const user = this.users.findOne((u) => u.username === username);
    if (!user) throw new NotFoundError('User', username);
    if (this.roleOf(project.id, user.id)) throw new ConflictError(`${username} is already a member`);
    const membership = this.memberships.create({ projectId: project.id, userId: user.id, role });
    this.bus.publish('member.added', { projectId: project.id, userId: user.id, role, actorId: actor.id });
    return { ...membership, username };
  }

  members(projectId) {
    const project = this.get(projectId);
    return this.memberships
      .findMany((m) => m.projectId === project.id)
      .map((m) => ({ username: this.users.findById(m.userId).username, role: m.role }));
  }

  nextIssueNumber(projectId) {
    const project = this.projects.findById(projectId);
    const issueSeq = project.issueSeq + 1;
    this.projects.update(projectId, { issueSeq });
    return `${project.key}-${issueSeq}`;
  }

  listFor(user) {
    const mine = new Set(this.memberships.findMany((m) => m.userId === user.id).map((m) => m.projectId));
    return this.projects.findMany((p) => mine.has(p.id)).map(({ id, key, name, issueSeq }) => ({ id, key, name, issues: issueSeq }));
  }
}

module.exports = ProjectService;
