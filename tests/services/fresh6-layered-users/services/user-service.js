const { NotFoundError, ValidationError, ConflictError } = require('../errors');
const User = require('../models/user');

class UserService {
  constructor(userRepo, config) {
    this.users = userRepo;
    this.config = config;
  }

  register(body) {
    const missing = User.validate(body);
    if (missing.length) throw new ValidationError('missing fields', missing);
    if (this.users.findByEmail(body.email)) throw new ConflictError(`email ${body.email.toLowerCase()} is taken`);
    return this.users.create({ email: body.email.trim(), name: body.name.trim(), role: body.role });
  }

  get(id) {
    const user = this.users.findById(id);
    if (!user) throw new NotFoundError('user', id);
    return user;
  }

  page(pageNo) {
    const size = this.config.pageSize;
    const page = Math.max(1, pageNo || 1);
    return {
      page,
      total: this.users.count(),
      items: this.users.list({ offset: (page - 1) * size, limit: size }),
    };
  }

  promote(id) {
    const user = this.get(id);
    if (user.role === 'admin') throw new ConflictError(`user ${id} is already admin`);
    return this.users.update(id, { role: 'admin' });
  }

  remove(id) {
    if (!this.users.delete(id)) throw new NotFoundError('user', id);
  }
}

module.exports = UserService;
