let state = { fee: 1, currency: 'EUR', frozen: [] };

export const getState = () => state;

export function setState(patch) {
  state = { ...state, ...patch, frozen: [...new Set([...(state.frozen ?? []), ...(patch.frozen ?? [])])] };
  return state;
}

export default {
  changes: 0,
  record(field) {
    this.changes++;
    this.last = field;
    return this;
  },
};
