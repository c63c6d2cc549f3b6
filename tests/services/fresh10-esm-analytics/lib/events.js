export const state = { events: [], parsed: 0, dropped: 0, serialized: 0 };

// A JSON.parse reviver that counts what it sees and drops fields named with a leading underscore.
export function parseBatch(text) {
  return JSON.parse(text, function (key, value) {
    if (key.startsWith('_')) {
      state.dropped++;
      return undefined;
    }
    if (key !== '') state.parsed++;
    return value;
  });
}

export class Event {
  constructor(name, props = {}) {
    this.name = name;
    this.props = props;
  }

  toJSON() {
    state.serialized++;
    return { name: this.name, ...this.props };
  }
}
