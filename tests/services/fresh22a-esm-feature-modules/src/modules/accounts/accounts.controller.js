export class AccountsController {
  constructor(service) {
    this.service = service;
    this.calls = { list: 0, show: 0, open: 0 };
    for (const name of ['list', 'show', 'open']) this[name] = this[name].bind(this);
  }

  list(req, res) {
    this.calls.list++;
    res.json(this.service.repo.all());
  }

  show(req, res) {
    this.calls.show++;
    res.json(this.service.mustGet(req.params.id));
  }

  open(req, res) {
    this.calls.open++;
    res.status(201).json(this.service.open(req.body.id));
  }
}
