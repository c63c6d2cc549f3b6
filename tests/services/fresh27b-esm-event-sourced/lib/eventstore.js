const streams = new Map();
const projections = [];

export const eventStore = {
  append(streamId, events, expectedVersion) {
    const stream = streams.get(streamId) ?? [];
    if (expectedVersion !== undefined && stream.length !== expectedVersion) {
      const err = new Error(`version conflict on ${streamId}: at ${stream.length}, expected ${expectedVersion}`);
      err.status = 409;
      throw err;
    }
    for (const e of events) {
      const stored = { ...e, streamId, seq: stream.length + 1 };
      stream.push(stored);
      for (const p of projections) p.handle(stored);
    }
    streams.set(streamId, stream);
    return stream.length;
  },
  read(streamId) { return streams.get(streamId) ?? []; },
  project(projection) { projections.push(projection); return projection; },
};
