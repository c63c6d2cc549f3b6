export default class KvController {
  constructor(service) {
    this.service = service;
  }

  async put(req, res) {
    const row = await this.service.set(req.params.key, req.body.value, res.locals.who);
    res.status(row.rev === 1 ? 201 : 200).json(row);
  }

  async show(req, res) {
    res.json(await this.service.get(req.params.key));
  }

  async destroy(req, res) {
    await this.service.remove(req.params.key, res.locals.who);
    res.status(204).end();
  }
}
