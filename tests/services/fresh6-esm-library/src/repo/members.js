import store from '../store.js';

export let lastJoined = null;

export function join(name) {
  const id = store.members.size + 1;
  store.members.set(id, { id, name, borrowed: [] });
  lastJoined = name;
  store.touch();
  return store.members.get(id);
}

export const get = (id) => store.members.get(id);
