export class ConflictError extends Error {
  status = 409;
}
export class NotFoundError extends Error {
  status = 404;
}

export class UserService {
  constructor({ repository, events }) {
    this.repository = repository;
    this.events = events;
  }

  register({ email, name }) {
    const normalized = email?.trim().toLowerCase();
    if (!normalized?.includes('@')) throw Object.assign(new Error('invalid email'), { status: 422 });
    if (this.repository.findByEmail(normalized)) throw new ConflictError(`${normalized} is taken`);
    const user = this.repository.insert({ email: normalized, name: name ?? normalized.split('@')[0], logins: 0 });
    this.events.emit('user:registered', user);
    return user;
  }

  login(id) {
    const user = this.repository.findById(id);
    if (!user) throw new NotFoundError(`user ${id} not found`);
    const updated = this.repository.update(id, { logins: user.logins + 1 });
    this.events.emit('user:login', updated);
    return updated;
  }
}
