const members = new Set(['ann', 'bo']);
export let joined = members.size;

export default {
  has: (name) => members.has(name),
  join(name) {
    members.add(name);
    joined = members.size;
    return [...members];
  },
};
