// An issue with a status workflow; every change lands in the activity feed through the hook given at creation.
const TRANSITIONS = {
  open: ['in_progress', 'closed'],
  in_progress: ['review', 'open', 'blocked'],
  blocked: ['in_progress'],
  review: ['done', 'in_progress'],
  done: ['closed', 'open'],
  closed: ['open'],
};

class TransitionError extends Error {
  status = 422;
  constructor(from, to) {
    super(`cannot go from ${from} to ${to}`);
    this.allowed = TRANSITIONS[from] ?? [];
  }
}

class Issue {
  static #next = 1;
  #onChange;
  status = 'open';
  assignee = null;
  labels = new Set();
  comments = [];

  constructor({ title, body = '', reporter }, onChange) {
    this.number = Issue.#next++;
    this.title = title;
    this.body = body;
    this.reporter = reporter;
    this.#onChange = onChange;
    this.#emit('created', { title });
  }

  #emit(type, detail = {}) {
    this.#onChange?.({ issue: this.number, type, ...detail });
  }

  moveTo(status, actor) {
    if (status === this.status) return this;
    if (!TRANSITIONS[this.status]?.includes(status)) throw new TransitionError(this.status, status);
    if (status === 'in_progress' && !this.assignee) {
      this.assignee = actor;
      this.#emit('assigned', { to: actor, by: actor });
    }
    const from = this.status;
    this.status = status;
    this.#emit('status', { from, to: status, by: actor });
    return this;
  }

  assign(user, actor) {
    this.assignee = user ?? null;
    this.#emit(user ? 'assigned' : 'unassigned', { to: user, by: actor });
    return this;
  }

  label(add = [], remove = []) {
    add.forEach((l) => this.labels.add(l));
    remove.forEach((l) => this.labels.delete(l));
    this.#emit('labels', { labels: [...this.labels].sort() });
    return this;
  }

  comment(author, text) {
    const mentions = [...text.matchAll(/@(\w+)/g)].map((m) => m[1]);
    const comment = { n: this.comments.length + 1, author, text, mentions };
    this.comments.push(comment);
    this.#emit('comment', { by: author, mentions });
    return comment;
  }

  toJSON() {
    return {
      number: this.number,
      title: this.title,
      status: this.status,
      assignee: this.assignee,
      reporter: this.reporter,
      labels: [...this.labels].sort(),
      comments: this.comments.length,
    };
  }
}

module.exports = { Issue, TransitionError, TRANSITIONS };
