'use strict';

// Handlers are arrow-function class fields, so they can be passed to the
// router without losing `this`.
class TaskController {
  #service;
  served = 0;

  constructor(taskService) {
    this.#service = taskService;
  }

  list = (req, res) => {
    this.served++;
    const done = req.query.done === undefined ? undefined : req.query.done === 'true';
    res.json(this.#service.list({ done }));
  };

  create = (req, res) => {
    this.served++;
    const task = this.#service.create(req.body);
    res.status(201).location(`/tasks/${task.id}`).json(task);
  };

  complete = (req, res) => {
    this.served++;
    res.json(this.#service.complete(req.params.id));
  };

  remove = (req, res) => {
    this.served++;
    this.#service.remove(req.params.id);
    res.sendStatus(204);
  };
}

module.exports = TaskController;
