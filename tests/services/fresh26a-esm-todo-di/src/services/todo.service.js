export class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export class TodoService {
  #repo;
  #clock;
  #history = [];

  constructor(repo, clock) {
    this.#repo = repo;
    this.#clock = clock;
  }

  async create({ title, due } = {}) {
    if (typeof title !== 'string' || title.trim().length < 2) throw new HttpError(422, 'title must have 2+ characters');
    const todo = await this.#repo.insert({ title: title.trim(), done: false, due: due ?? null, createdAt: this.#clock.tick() });
    this.#record('created', todo);
    return todo;
  }

  async complete(id) {
    const todo = await this.#get(id);
    if (todo.done) throw new HttpError(409, `todo ${id} is already done`);
    todo.done = true;
    todo.doneAt = this.#clock.tick();
    this.#record('completed', todo);
    return todo;
  }

  async remove(id) {
    const todo = await this.#get(id);
    await this.#repo.remove(todo.id);
    this.#record('removed', todo);
  }

  list(filter) {
    return this.#repo.findAll(filter);
  }

  get history() {
    return this.#history.map(({ at, type, id }) => `${at} ${type} #${id}`);
  }

  async #get(id) {
    const todo = await this.#repo.findById(Number(id));
    if (!todo) throw new HttpError(404, `todo ${id} not found`);
    return todo;
  }

  #record(type, todo) {
    this.#history.push({ at: this.#clock.tick(), type, id: todo.id });
  }
}
