export function added(state, { text }) {
  if (!text) return state;
  const id = state.nextId;
  return { ...state, nextId: id + 1, items: [...state.items, { id, text, done: false }] };
}

export function toggled(state, { id }) {
  if (!state.items.some((t) => t.id === id)) return state;
  return { ...state, items: state.items.map((t) => (t.id === id ? { ...t, done: !t.done } : t)) };
}

export function cleared(state) {
  const items = state.items.filter((t) => !t.done);
  return items.length === state.items.length ? state : { ...state, items };
}

export function renamed(state, { id, text }) {
  return { ...state, items: state.items.map((t) => (t.id === id ? { ...t, text } : t)) };
}
