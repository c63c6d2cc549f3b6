'use strict';

const { NotFoundError, ConflictError, ValidationError } = require('../utils/errors');
const { paginate } = require('../utils/listQuery');

const TRANSITIONS = {
  open: ['in_progress', 'closed'],
  in_progress: ['open', 'review', 'closed'],
  review: ['in_progress', 'closed'],
  closed: ['open'],
};
const PRIORITY = { low: 1, medium: 2, high: 3, urgent: 4 };

class IssueService {
  constructor({ issues, users, projectService, bus, clock }) {
    Object.assign(this, { issues, users, projectService, bus, clock });
  }

  #present(issue) {
    const assignee = issue.assigneeId ? this.users.findById(issue.assigneeId).username : null;
    const { rank, ...rest } = issue;
    return { ...rest, assignee };
  }

  #byKey(key) {
    const issue = this.issues.findOne((i) => i.key === key);
    if (!issue) throw new NotFoundError('Issue', key);
    return issue;
  }

  create(projectId, actor, input) {
    const project = this.projectService.get(projectId);
    this.projectService.assertMember(project.id, actor, ['admin', 'developer']);
    const key = this.projectService.nextIssueNumber(project.id);
    const issue = this.issues.create({
      key,
      projectId: project.id,
      title: input.title,
      priority: input.priority,
      rank: PRIORITY[input.priority],
      labels: input.labels,
      status: 'open',
      reporterId: actor.id,
      assigneeId: null,
      createdAt: this.clock.iso(),
      updatedAt: this.clock.iso(),
    });
    this.bus.publish('issue.created', { issueKey: key, projectId: project.id, actorId: actor.id });
    return this.#present(issue);
  }

  get(key, actor) {
    const issue = this.#byKey(key);
    this.projectService.assertMember(issue.projectId, actor);
    return this.#present(issue);
  }

  list(projectId, actor, { page, limit, sort, filters }) {
    const project = this.projectService.get(projectId);
    this.projectService.assertMember(project.id, actor);
    const rows = this.issues.findMany((i) => {
      if (i.projectId !== project.id) return false;
      if (filters.status && !filters.status.split('|').includes(i.status)) return false;
      if (filters.label && !i.labels.includes(filters.label)) return false;
      if (filters.assignee) {
        const name = i.assigneeId ? this.users.findById(i.assigneeId).username : 'none';
        if (name !== filters.assignee) return false;
      }
      return true;
    });
    const mapped = sort.map((s) => (s.field === 'priority' ? { ...s, field: 'rank' } : s));
    const result = paginate(rows, { page, limit, sort: mapped });
    return { ...result, data: result.data.map((i) => this.#present(i)) };
  }

  assign(key, actor, username) {
    const issue = this.#byKey(key);
    this.projectService.assertMember(issue.projectId, actor, ['admin', 'developer']);
    let assigneeId = null;
    if (username !== null) {
      const user = this.users.findOne((u) => u.username === username);
      if (!user) throw new NotFoundError('User', username);
      if (!this.projectService.roleOf(issue.projectId, user.id)) {
        throw new ValidationError([{ path: 'username', message: `${username} is not a project member` }]);
      }
      assigneeId = user.id;
    }
    if (assigneeId === issue.assigneeId) return this.#present(issue);
    const updated = this.issues.update(issue.id, { assigneeId, updatedAt: this.clock.iso() });
    this.bus.publish('issue.assigned', { issueKey: key, projectId: issue.projectId, assigneeId, previousId: issue.assigneeId, actorId: actor.id });
    return this.#present(updated);
  }

  transition(key, actor, to) {
    const issue = this.#byKey(key);
    this.projectService.assertMember(issue.projectId, actor, ['admin', 'developer']);
    if (!TRANSITIONS[issue.status].includes(to)) {
      throw new ConflictError(`Cannot move ${key} from ${issue.status} to ${to}`);
    }
    const updated = this.issues.update(issue.id, { status: to, updatedAt: this.clock.iso() });
    this.bus.publish('issue.transitioned', { issueKey: key, projectId: issue.projectId, from: issue.status, to, actorId: actor.id, reporterId: issue.reporterId, assigneeId: issue.assigneeId });
    return this.#present(updated);
  }

  participants(key) {
    const issue = this.#byKey(key);
    return { projectId: issue.projectId, ids: [issue.reporterId, issue.assigneeId].filter(Boolean) };
  }
}

module.exports = { IssueService, TRANSITIONS };
