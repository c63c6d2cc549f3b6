// A tiny inverted index: token -> Map(bookmarkId -> weight).
const STOP = new Set(['a', 'an', 'and', 'the', 'of', 'to', 'in', 'for', 'on', 'with']);

export const tokenize = (text = '') =>
  text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter((t) => t.length > 1 && !STOP.has(t));

export class SearchIndex {
  #postings = new Map();
  #docs = new Map(); // id -> tokens, to unindex

  get size() {
    return this.#postings.size;
  }

  add(id, fields) {
    this.remove(id);
    const tokens = [];
    for (const [field, weight] of [['title', 3], ['tags', 2], ['notes', 1], ['url', 1]]) {
      for (const token of tokenize([fields[field]].flat().join(' '))) {
        const posting = this.#postings.get(token) ?? new Map();
        posting.set(id, (posting.get(id) ?? 0) + weight);
        this.#postings.set(token, posting);
        tokens.push(token);
      }
    }
    this.#docs.set(id, tokens);
  }

  remove(id) {
    for (const token of this.#docs.get(id) ?? []) {
      const posting = this.#postings.get(token);
      posting?.delete(id);
      if (!posting?.size) this.#postings.delete(token);
    }
    this.#docs.delete(id);
  }

  query(q) {
    const terms = tokenize(q);
    if (!terms.length) return [];
    const scores = new Map();
    terms.forEach((term, i) => {
      const matches = new Map();
      for (const [token, posting] of this.#postings) {
        if (token === term || (i === terms.length - 1 && token.startsWith(term))) {
          for (const [id, w] of posting) matches.set(id, Math.max(matches.get(id) ?? 0, w));
        }
      }
      for (const id of [...scores.keys()]) if (!matches.has(id) && i > 0) scores.delete(id);
      for (const [id, w] of matches) if (i === 0 || scores.has(id)) scores.set(id, (scores.get(id) ?? 0) + w);
    });
    return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  }
}
