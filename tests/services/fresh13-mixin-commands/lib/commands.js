'use strict';
// The command pattern: every change is an object of closures with do/undo, kept on stacks.
const undoStack = [];
const redoStack = [];

function execute(command) {
  command.do();
  undoStack.push(command);
  redoStack.length = 0;
  return command.label;
}

function undo() {
  const command = undoStack.pop();
  if (!command) return null;
  command.undo();
  redoStack.push(command);
  return command.label;
}

function redo() {
  const command = redoStack.pop();
  if (!command) return null;
  command.do();
  undoStack.push(command);
  return command.label;
}

const setField = (target, field, value) => {
  let previous;
  return {
    label: `set ${target.id}.${field}`,
    do() {
      previous = target[field];
      target[field] = value;
      target.bump();
    },
    undo() {
      target[field] = previous;
      target.bump();
    },
  };
};

const addTag = (target, name) => ({
  label: `tag ${target.id} ${name}`,
  do: () => target.tag(name),
  undo: () => target.untag(name),
});

const create = (collection, item) => ({
  label: `create ${item.id}`,
  do: () => collection.set(item.id, item),
  undo: () => collection.delete(item.id),
});

const labels = () => ({ undo: undoStack.map((c) => c.label), redo: redoStack.map((c) => c.label) });

module.exports = { execute, undo, redo, setField, addTag, create, labels };
