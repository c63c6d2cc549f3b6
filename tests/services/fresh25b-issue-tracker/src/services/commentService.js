'use strict';

class CommentService {
  constructor({ comments, users, issueService, projectService, bus, clock }) {
    Object.assign(this, { comments, users, issueService, projectService, bus, clock });
  }

  add(issueKey, actor, body) {
    const issue = this.issueService.get(issueKey, actor);
    const mentions = [...new Set([...body.matchAll(/@([a-z]+)/g)].map((m) => m[1]))]
      .map((name) => this.users.findOne((u) => u.username === name))
      .filter((u) => u && this.projectService.roleOf(issue.projectId, u.id));
    const comment = this.comments.create({
      issueKey,
      authorId: actor.id,
      body,
      mentions: mentions.map((u) => u.username),
      createdAt: this.clock.iso(),
    });
    this.bus.publish('comment.added', {
      issueKey,
      commentId: comment.id,
      actorId: actor.id,
      mentionIds: mentions.map((u) => u.id),
    });
    return { ...comment, author: actor.username };
  }

  list(issueKey, actor) {
    this.issueService.get(issueKey, actor);
    return this.comments
      .findMany((c) => c.issueKey === issueKey)
      .map(({ authorId, ...c }) => ({ ...c, author: this.users.findById(authorId).username }));
  }
}

module.exports = CommentService;
