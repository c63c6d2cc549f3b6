class UserController {
  constructor(userService) {
    this.userService = userService;
    this.create = this.create.bind(this);
    this.show = this.show.bind(this);
    this.index = this.index.bind(this);
    this.promote = this.promote.bind(this);
    this.destroy = this.destroy.bind(this);
  }

  index(req, res) {
    res.json(this.userService.page(Number(req.query.page)));
  }

  show(req, res) {
    res.json(this.userService.get(Number(req.params.id)));
  }

  create(req, res) {
    const user = this.userService.register(req.body);
    res.status(201).location(`/users/${user.id}`).json(user);
  }

  promote(req, res) {
    res.json(this.userService.promote(Number(req.params.id)));
  }

  destroy(req, res) {
    this.userService.remove(Number(req.params.id));
    res.sendStatus(204);
  }
}

module.exports = UserController;
