// A word index as a Map of Sets, with per-note metadata kept in a WeakMap keyed by the note.
export const byWord = new Map();
export const meta = new WeakMap();

const words = (text) => text.toLowerCase().match(/[a-z]+/g) ?? [];

export function indexNote(note) {
  for (const word of words(note.text)) {
    if (!byWord.has(word)) byWord.set(word, new Set());
    byWord.get(word).add(note.id);
  }
  const m = meta.get(note) ?? { edits: 0, words: 0 };
  m.edits += 1;
  m.words = words(note.text).length;
  meta.set(note, m);
}

export function unindexNote(note) {
  for (const word of words(note.text)) {
    const ids = byWord.get(word);
    ids?.delete(note.id);
    if (ids?.size === 0) byWord.delete(word);
  }
}
