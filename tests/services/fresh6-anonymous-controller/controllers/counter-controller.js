const { Router } = require('express');

// A controller that owns its router and its state; the app only mounts
// `new CounterController().router`, so no variable of the program holds it.
class CounterController {
  router = Router();
  counts = {};
  #hits = 0;

  constructor() {
    this.router.post('/:name', this.bump);
    this.router.get('/:name', this.read);
    this.router.get('/', (req, res) => res.json({ counts: this.counts, hits: this.#hits }));
  }

  bump = (req, res) => {
    this.#hits++;
    this.counts[req.params.name] = (this.counts[req.params.name] ?? 0) + (Number(req.body?.by) || 1);
    res.json({ name: req.params.name, value: this.counts[req.params.name], hits: this.#hits });
  };

  read = (req, res) => {
    this.#hits++;
    res.json({ name: req.params.name, value: this.counts[req.params.name] ?? 0, hits: this.#hits });
  };
}

module.exports = CounterController;
