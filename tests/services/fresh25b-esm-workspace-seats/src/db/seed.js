export function seed(store) {
  for (const [id, email, name] of [
    ['usr_1', 'ines@example.com', 'Ines'],
    ['usr_2', 'omar@example.com', 'Omar'],
    ['usr_3', 'pia@example.com', 'Pia'],
    ['usr_4', 'quin@example.com', 'Quin'],
  ]) {
    store.table('users').set(id, { id, email, name, version: 1, lastActiveAt: null, workspaces: [] });
  }
  store.nextId('usr');
  store.nextId('usr');
  store.nextId('usr');
  store.nextId('usr');
  return store;
}
