// An append-only event store, exported as a singleton; snapshots every N events per stream.
export class EventStore {
  static SNAPSHOT_EVERY;
  static #instances = 0;

  static {
    EventStore.SNAPSHOT_EVERY = Number(process.env.SNAPSHOT_EVERY ?? 3);
  }

  #events = [];
  #snapshots = new Map(); // stream -> { version, state }
  #reducers = new Map();  // stream prefix -> reducer
  position = 0;

  constructor() {
    EventStore.#instances += 1;
  }

  static isStore(obj) {
    return obj !== null && typeof obj === 'object' && #events in obj;
  }

  static get instances() {
    return EventStore.#instances;
  }

  register(prefix, reducer) {
    this.#reducers.set(prefix, reducer);
  }

  append(stream, type, data = {}, { expectedVersion } = {}) {
    const version = this.versionOf(stream);
    if (expectedVersion !== undefined && expectedVersion !== version) {
      throw Object.assign(new Error(`expected version ${expectedVersion}, stream is at ${version}`), { status: 409 });
    }
    const event = Object.freeze({ position: ++this.position, stream, version: version + 1, type, data: structuredClone(data) });
    this.#events.push(event);
    if (event.version % EventStore.SNAPSHOT_EVERY === 0) this.#snapshot(stream, event.version);
    return event;
  }

  versionOf(stream) {
    return this.#events.findLast((e) => e.stream === stream)?.version ?? 0;
  }

  read(stream, { from = 1, to = Infinity } = {}) {
    return this.#events.filter((e) => e.stream === stream && e.version >= from && e.version <= to);
  }

  all() {
    return [...this.#events];
  }

  #reducerFor(stream) {
    return this.#reducers.get(stream.split('-')[0]);
  }

  #snapshot(stream, version) {
    this.#snapshots.set(stream, { version, state: this.load(stream, { upTo: version, useSnapshot: false }) });
  }

  load(stream, { upTo = Infinity, useSnapshot = true } = {}) {
    const reducer = this.#reducerFor(stream);
    const snap = useSnapshot ? this.#snapshots.get(stream) : undefined;
    const start = snap && snap.version <= upTo ? snap : { version: 0, state: undefined };
    const events = this.read(stream, { from: start.version + 1, to: upTo });
    return events.reduce(reducer, structuredClone(start.state));
  }

  snapshotInfo(stream) {
    const snap = this.#snapshots.get(stream);
    return snap ? { version: snap.version, balance: snap.state?.balance } : null;
  }
}

export const store = new EventStore();
