import { createRepo } from './repo.js';

export const users = createRepo('users');
export const posts = createRepo('posts', { idPrefix: 'p-' });

const repos = new Map([['users', users], ['posts', posts]]);
export const events = [];

const watch = (repo) => repo.onChange((event, row, name) => events.push(`${name}.${event}:${row.id}`));
const stopUsers = watch(users);
watch(posts);

// Stop recording users' changes after the third one.
let userChanges = 0;
const stopAfter = users.onChange(() => {
  userChanges += 1;
  if (userChanges >= 3) {
    stopUsers();
    stopAfter();
  }
});

export function repo(name) {
  return repos.get(name) ?? repos.set(name, createRepo(name)).get(name);
}

export const names = () => [...repos.keys()];
