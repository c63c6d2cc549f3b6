export class TaskRepository {
  constructor(clock) {
    this.clock = clock;
    this.rows = new Map();
    this.nextId = 1;
  }

  create(title) {
    const task = { id: this.nextId++, title, done: false, createdAt: this.clock.tick() };
    this.rows.set(task.id, task);
    return task;
  }

  complete(id) {
    const task = this.rows.get(id);
    if (!task || task.done) return null;
    task.done = true;
    task.doneAt = this.clock.tick();
    return task;
  }

  all() {
    return [...this.rows.values()];
  }
}
