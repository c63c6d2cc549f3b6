import { register } from './container.js';
import Clock from './clock.js';
import { KvRepo } from './kv-repo.js';
import { KvService } from './kv-service.js';
import KvController from './kv-controller.js';

register('clock', () => new Clock());
register('audit', () => []);
register('repo', (get) => new KvRepo(get('clock')));
register('service', (get) => new KvService({ repo: get('repo'), audit: get('audit') }));
register('controller', (get) => new KvController(get('service')));
