'use strict';
// Boards are arrays in a Map; watchers are arrays of callbacks keyed by event name.
const boards = new Map();
const watchers = Object.create(null);

const open = (id) => {
  if (!boards.has(id)) boards.set(id, []);
  return boards.get(id);
};

// `?.push` returns the new length, or undefined when the board does not exist
const post = (id, message) => boards.get(id)?.push(message) ?? 0;

const take = (id) => boards.get(id)?.shift();

const on = (event, fn) => {
  (watchers[event] ??= []).push(fn);
  return () => {
    const list = watchers[event];
    list?.splice(list.indexOf(fn) >>> 0, 1);
  };
};

function emit(event, data) {
  watchers?.[event]?.forEach((fn) => fn(data));
  return watchers[event]?.length ?? 0;
}

const sizes = () => Object.fromEntries([...boards].map(([id, list]) => [id, list.length]));

module.exports = { open, post, take, on, emit, sizes, boards };
