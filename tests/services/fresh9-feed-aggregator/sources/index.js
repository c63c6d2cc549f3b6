// Fake upstream sources: async functions that resolve (or fail) after a tick.
const { setTimeout: sleep } = require('node:timers/promises');

const upstream = {
  blog: [
    { id: 'b1', title: 'Hello world', tags: ['intro'] },
    { id: 'b2', title: 'Streams in depth', tags: ['node', 'streams'] },
  ],
  news: [
    { id: 'n1', title: 'Node 22 released', tags: ['node'] },
  ],
};

const down = new Set();

async function fetchSource(name, { signal } = {}) {
  await sleep(5, undefined, { signal });
  if (down.has(name)) throw new Error(`${name} unavailable`);
  if (!upstream[name]) throw new Error(`unknown source ${name}`);
  return structuredClone(upstream[name]);
}

async function* paginate(items, size) {
  for (let i = 0; i < items.length; i += size) {
    await sleep(1);
    yield items.slice(i, i + size);
  }
}

module.exports = {
  fetchSource,
  paginate,
  publish(name, item) {
    (upstream[name] ??= []).push(item);
  },
  setDown(name, isDown) {
    isDown ? down.add(name) : down.delete(name);
  },
  names: () => Object.keys(upstream),
};
