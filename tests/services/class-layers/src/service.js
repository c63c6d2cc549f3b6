import { NotFound, HttpError } from './errors.js';

export class UserService {
  constructor(repo) {
    this.repo = repo;
    this.renames = 0;
  }

  async register({ name, email }) {
    if (!name || !email?.includes('@')) throw new HttpError(400, 'name and a valid email are required');
    const existing = (await this.repo.all()).find((u) => u.email === email);
    if (existing) throw new HttpError(409, 'email already registered');
    return this.repo.insert({ name, email, logins: 0 });
  }

  async rename(id, name) {
    const user = await this.repo.findById(id);
    if (!user) throw new NotFound(`user ${id}`);
    user.name = name;
    this.renames += 1;
    return user;
  }

  async login(id) {
    const user = await this.repo.findById(id);
    if (!user) throw new NotFound(`user ${id}`);
    user.logins++;
    return { id, logins: user.logins };
  }
}
