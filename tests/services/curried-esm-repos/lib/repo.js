// createRepo(name) returns an object of closures sharing one array, an id counter and a list of
// change listeners (onChange returns its unsubscribe function): several repos are made at load
// time, others by handlers, with the same factory.
let made = 0;

export function createRepo(name, { idPrefix = name.slice(0, 1) } = {}) {
  made += 1;
  let rows = [];
  let nextId = 1;
  let listeners = [];

  const emit = (event, row) => listeners.slice().forEach((fn) => fn(event, row, name));

  return {
    name,
    add(data) {
      const row = { id: `${idPrefix}${nextId++}`, ...data };
      rows.push(row);
      emit('add', row);
      return row;
    },
    list: (pred = () => true) => rows.filter(pred),
    find: (id) => rows.find((r) => r.id === id),
    remove(id) {
      const row = rows.find((r) => r.id === id);
      if (!row) return false;
      rows = rows.filter((r) => r !== row);
      emit('remove', row);
      return true;
    },
    onChange(fn) {
      listeners.push(fn);
      return () => {
        listeners = listeners.filter((l) => l !== fn);
      };
    },
    get size() {
      return rows.length;
    },
  };
}

export const madeCount = () => made;
