import { NoteStore, seed } from '#lib/index';

export const store = new NoteStore('primary');
for (const note of seed) store.add(note);

export const stats = { reads: 0, writes: 0, lastWrite: null };

export function wrote(kind, id) {
  stats.writes++;
  stats.lastWrite = { kind, id, version: store.version };
}
