export const name = 'users-svc';

const users = new Map([
  [1, { id: 1, name: 'Ada', team: 'core' }],
  [2, { id: 2, name: 'Linus', team: 'kernel' }],
]);
let nextId = 3;

export function all() {
  return [...users.values()];
}

export async function handle({ method, path, body }) {
  const id = Number(path.split('/')[1]);
  if (method === 'GET' && !id) return { status: 200, body: all() };
  if (method === 'GET') return users.has(id) ? { status: 200, body: users.get(id) } : { status: 404, body: { error: 'no user' } };
  if (method === 'POST') {
    const user = { id: nextId++, name: body?.name ?? 'anon', team: body?.team ?? 'none' };
    users.set(user.id, user);
    return { status: 201, body: user };
  }
  if (method === 'DELETE') return { status: users.delete(id) ? 204 : 404, body: null };
  return { status: 405, body: { error: `${method} not allowed` } };
}
