const initialTodos = { items: [], nextId: 1 };

function todos(state = initialTodos, action) {
  switch (action.type) {
    case 'todos/added':
      return {
        ...state,
        items: [...state.items, { id: state.nextId, text: action.text, done: false }],
        nextId: state.nextId + 1,
      };
    case 'todos/toggled':
      return {
        ...state,
        items: state.items.map((t) => (t.id === action.id ? { ...t, done: !t.done } : t)),
      };
    case 'todos/cleared':
      return { ...state, items: state.items.filter((t) => !t.done) };
    default:
      return state;
  }
}

function filter(state = 'all', action) {
  return action.type === 'filter/set' ? action.value : state;
}

// Undo/redo around any reducer, the way redux-undo does it.
function undoable(reducer) {
  const initial = { past: [], present: reducer(undefined, { type: '@@INIT' }), future: [] };
  return (state = initial, action) => {
    const { past, present, future } = state;
    switch (action.type) {
      case 'undo':
        if (!past.length) return state;
        return { past: past.slice(0, -1), present: past[past.length - 1], future: [present, ...future] };
      case 'redo':
        if (!future.length) return state;
        return { past: [...past, present], present: future[0], future: future.slice(1) };
      default: {
        const next = reducer(present, action);
        if (next === present) return state;
        return { past: [...past, present], present: next, future: [] };
      }
    }
  };
}

module.exports = { todos: undoable(todos), filter };
