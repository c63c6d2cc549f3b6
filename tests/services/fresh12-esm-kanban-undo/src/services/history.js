import { EventEmitter } from 'node:events';

export const activity = new EventEmitter();
const undoStack = [];
const redoStack = [];

export let version = 0;
export function bump() {
  version += 1;
}

export function run(command) {
  const result = command.do();
  undoStack.push(command);
  redoStack.length = 0;
  bump();
  queueMicrotask(() => activity.emit('did', command.label));
  return result;
}

export function undo() {
  const command = undoStack.pop();
  if (!command) return null;
  command.undo();
  redoStack.push(command);
  bump();
  queueMicrotask(() => activity.emit('undid', command.label));
  return command.label;
}

export function redo() {
  const command = redoStack.at(-1);
  if (!command) return null;
  command.do();
  undoStack.push(redoStack.pop());
  bump();
  queueMicrotask(() => activity.emit('redid', command.label));
  return command.label;
}

export const depth = () => ({ undo: undoStack.length, redo: redoStack.length });
