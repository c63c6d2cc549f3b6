'use strict';

const { NotFoundError, ForbiddenError } = require('../utils/errors');

// Subscribes to the bus: every interesting event becomes one notification per recipient, never for the actor.
class NotificationService {
  constructor({ notifications, users, issueService, bus, clock }) {
    Object.assign(this, { notifications, users, issueService, clock });
    this.delivered = 0;
    bus.on('issue.assigned', (e) => this.#onAssigned(e));
    bus.on('issue.transitioned', (e) => this.#onTransitioned(e));
    bus.on('comment.added', (e) => this.#onComment(e));
    bus.on('member.added', (e) => this.#notify([e.payload.userId], e, `You joined a project as ${e.payload.role}`));
  }

  #notify(recipientIds, event, text) {
    const actorId = event.payload.actorId;
    for (const userId of new Set(recipientIds)) {
      if (!userId || userId === actorId) continue;
      this.notifications.create({ userId, eventSeq: event.seq, type: event.type, text, read: false, at: event.at });
      this.delivered += 1;
    }
  }

  #onAssigned(event) {
    const { issueKey, assigneeId, previousId } = event.payload;
    if (assigneeId) this.#notify([assigneeId], event, `${issueKey} was assigned to you`);
    if (previousId) this.#notify([previousId], event, `${issueKey} was unassigned from you`);
  }

  #onTransitioned(event) {
    const { issueKey, from, to, reporterId, assigneeId } = event.payload;
    this.#notify([reporterId, assigneeId], event, `${issueKey}: ${from} -> ${to}`);
  }

  #onComment(event) {
    const { issueKey, mentionIds } = event.payload;
    const { ids } = this.issueService.participants(issueKey);
    const actor = this.users.findById(event.payload.actorId).username;
    this.#notify([...ids, ...mentionIds], event, `${actor} commented on ${issueKey}`);
  }

  inbox(user, { unreadOnly }) {
    const items = this.notifications
      .findMany((n) => n.userId === user.id && (!unreadOnly || !n.read))
      .map(({ userId, ...n }) => n);
    return { unread: this.notifications.count((n) => n.userId === user.id && !n.read), items };
  }

  markRead(user, id) {
    const n = this.notifications.findById(id);
    if (!n) throw new NotFoundError('Notification', id);
    if (n.userId !== user.id) throw new ForbiddenError('Not your notification');
    this.notifications.update(id, { read: true });
    return this.inbox(user, { unreadOnly: true });
  }

  markAllRead(user) {
    let marked = 0;
    for (const n of this.notifications.findMany((x) => x.userId === user.id && !x.read)) {
      this.notifications.update(n.id, { read: true });
      marked += 1;
    }
    return { marked };
  }
}

module.exports = NotificationService;
