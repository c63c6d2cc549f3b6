import { bus, notes } from '../models/notes.js';

const postings = new Map(); // term -> Map(noteId -> count)
const termsOf = new Map(); // noteId -> Set(term)
let reindexed = 0;

const tokenize = (text) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

function unindex(id) {
  for (const term of termsOf.get(id) ?? []) {
    const docs = postings.get(term);
    docs?.delete(id);
    if (docs?.size === 0) postings.delete(term);
  }
  termsOf.delete(id);
}

bus.on('saved', ({ id, title, body }) => {
  if (termsOf.has(id)) reindexed++;
  unindex(id);
  const terms = new Set();
  for (const term of tokenize(`${title} ${title} ${body}`)) {
    let docs = postings.get(term);
    if (!docs) postings.set(term, (docs = new Map()));
    docs.set(id, (docs.get(id) ?? 0) + 1);
    terms.add(term);
  }
  termsOf.set(id, terms);
});

bus.on('deleted', unindex);

export function search(q) {
  const scores = new Map();
  for (const word of tokenize(q)) {
    for (const [term, docs] of postings) {
      if (!term.startsWith(word)) continue;
      const weight = term === word ? 2 : 1;
      for (const [id, count] of docs) scores.set(id, (scores.get(id) ?? 0) + count * weight);
    }
  }
  return [...scores]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([id, score]) => ({ id, title: notes.get(id)?.title, score }));
}

export const stats = () => ({ terms: postings.size, docs: termsOf.size, reindexed });
