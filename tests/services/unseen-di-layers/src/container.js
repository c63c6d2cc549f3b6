import { EventEmitter } from 'node:events';
import { UserRepository } from './repositories/user-repository.js';
import { UserService } from './services/user-service.js';

export function createContainer() {
  const events = new EventEmitter();
  const metrics = { registered: 0, logins: 0, lastLogin: null };
  events.on('user:registered', () => { metrics.registered++; });
  events.on('user:login', (user) => {
    metrics.logins++;
    metrics.lastLogin = user.email;
  });
  const repository = new UserRepository();
  return { events, metrics, userService: new UserService({ repository, events }) };
}
