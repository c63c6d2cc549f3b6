const handlers = new Map();
const tally = {};

function makeCounter(name) {
  let count = 0;
  return () => {
    count += 1;
    tally[name] = count;
    return count;
  };
}

for (const name of ['like', 'laugh', 'wow']) handlers.set(name, makeCounter(name));

export function react(name) {
  const handler = handlers.get(name);
  return handler?.() ?? null;
}

export function addReaction(name) {
  if (handlers.has(name)) return false;
  handlers.set(name, makeCounter(name));
  return true;
}

export const reactions = {
  get tally() {
    return { ...tally };
  },
  get kinds() {
    return [...handlers.keys()];
  },
};
