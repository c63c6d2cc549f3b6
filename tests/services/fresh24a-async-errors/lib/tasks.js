const { NotFoundError, ValidationError, ConflictError } = require('./errors');

const tick = () => new Promise((resolve) => setImmediate(resolve));

class TaskRepository {
  #tasks = new Map();
  #seq = 0;

  async create({ title, priority = 'normal' } = {}) {
    await tick();
    if (typeof title !== 'string' || !title.trim()) throw new ValidationError('title', 'title is required');
    if (![...this.#tasks.values()].every((t) => t.title !== title)) throw new ConflictError(`task "${title}" exists`);
    const task = { id: ++this.#seq, title, priority, done: false };
    this.#tasks.set(task.id, task);
    return task;
  }

  async get(id) {
    await tick();
    const task = this.#tasks.get(Number(id));
    if (!task) throw new NotFoundError(`task ${id} not found`);
    return task;
  }

  async complete(id) {
    const task = await this.get(id);
    if (task.done) throw new ConflictError(`task ${id} already done`);
    task.done = true;
    return task;
  }

  list() {
    return [...this.#tasks.values()];
  }

  get size() {
    return this.#tasks.size;
  }
}

module.exports = new TaskRepository();
