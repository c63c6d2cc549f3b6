// A playlist collection: tracks kept under a Symbol key, iterable with a
// generator, a class accessor pair with validation, a static registry.
const TRACKS = Symbol('tracks');
const PLAYS = Symbol.for('playlist.plays');

class Playlist {
  static all = new Map();
  #volume = 5;

  constructor(name) {
    this.name = name;
    this[TRACKS] = [];
    this[PLAYS] = 0;
    Playlist.all.set(name, this);
  }

  get volume() {
    return this.#volume;
  }

  set volume(v) {
    if (!Number.isInteger(v) || v < 0 || v > 10) throw new RangeError(`volume ${v} out of range`);
    this.#volume = v;
  }

  get length() {
    return this[TRACKS].length;
  }

  add(...titles) {
    this[TRACKS].push(...titles);
    return this;
  }

  *[Symbol.iterator]() {
    for (const title of this[TRACKS]) {
      this[PLAYS]++;
      yield title;
    }
  }

  *shuffled(step) {
    const list = this[TRACKS];
    for (let i = 0; i < list.length; i++) yield list[(i * step) % list.length];
  }

  toJSON() {
    return { name: this.name, tracks: this[TRACKS], plays: this[PLAYS], volume: this.volume };
  }
}

module.exports = { Playlist, TRACKS, PLAYS };
