export class UserController {
  constructor(service) {
    this.service = service;
  }

  create = async (req, res, next) => {
    try {
      res.status(201).json(await this.service.register(req.body));
    } catch (err) {
      next(err);
    }
  };

  rename = async (req, res, next) => {
    try {
      res.json(await this.service.rename(Number(req.params.id), req.body.name));
    } catch (err) {
      next(err);
    }
  };

  login = async (req, res, next) => {
    try {
      res.json(await this.service.login(Number(req.params.id)));
    } catch (err) {
      next(err);
    }
  };

  stats = async (req, res) => {
    res.json({ users: this.service.repo.size, renames: this.service.renames, all: await this.service.repo.all() });
  };
}
