// Handlers as class fields: arrows keep `this`, so they can be handed to the router as they are.
export class TodoController {
  #service;
  requests = 0;

  constructor(service) {
    this.#service = service;
  }

  list = async (req, res) => {
    this.requests++;
    const done = req.query.done === undefined ? undefined : req.query.done === 'true';
    res.json(await this.#service.list({ done }));
  };

  create = async (req, res) => {
    this.requests++;
    const todo = await this.#service.create(req.body);
    res.status(201).location(`/todos/${todo.id}`).json(todo);
  };

  complete = async (req, res) => {
    this.requests++;
    res.json(await this.#service.complete(req.params.id));
  };

  remove = async (req, res) => {
    this.requests++;
    await this.#service.remove(req.params.id);
    res.status(204).end();
  };

  history = (req, res) => res.json({ requests: this.requests, history: this.#service.history });
}
