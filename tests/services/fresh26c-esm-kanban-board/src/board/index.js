import config from '#config';
import { events } from '#feed';
import { Task } from './task.js';

export { Task } from './task.js';

class BoardError extends Error {
  constructor(status, message, options) {
    super(message, options);
    this.status = status;
  }
}

export const tasks = new Map();
let order = [];

export function add(input) {
  const task = new Task(input);
  tasks.set(task.id, task);
  order = [...order, task.id];
  events.change('added', task);
  return task;
}

export function get(id) {
  const task = tasks.get(Number(id));
  if (!task) throw new BoardError(404, `no task ${id}`);
  return task;
}

export function move(id, column) {
  const task = get(id);
  const to = config.columns.indexOf(column);
  if (to < 0) throw new BoardError(400, `no column ${column}`);
  const from = config.columns.indexOf(task.column);
  if (Math.abs(to - from) > 1) throw new BoardError(409, `${task.column} -> ${column} skips a column`);
  const inTarget = [...tasks.values()].filter((t) => t.column === column).length;
  if (column !== 'done' && to !== 0 && inTarget >= config.wipLimit) {
    throw new BoardError(409, `${column} is at its WIP limit`, { cause: { limit: config.wipLimit } });
  }
  task.history.push(task.column);
  task.column = column;
  events.change('moved', task, { to: column });
  return task;
}

export function prioritize(id, index) {
  const at = order.indexOf(Number(id));
  if (at < 0) throw new BoardError(404, `no task ${id}`);
  order = order.toSpliced(at, 1).toSpliced(index, 0, Number(id));
  return order;
}

export function retag(id, i, tag) {
  const task = get(id);
  try {
    task.tags = task.tags.with(i, tag);
  } catch {
    throw new BoardError(400, `no tag #${i} on task ${id}`);
  }
  return task;
}

export function remove(id) {
  const task = get(id);
  tasks.delete(task.id);
  order = order.filter((x) => x !== task.id);
  events.change('removed', task);
}

export function columns() {
  return Object.fromEntries(
    config.columns.map((c) => [c, order.filter((id) => tasks.get(id).column === c)]),
  );
}

export { BoardError };
export const snapshot = () => structuredClone({ order, columns: columns() });
