// A leaderboard kept sorted by binary insertion, with competition ranks ("1224") cached until the next write.
export class Leaderboard {
  #entries = [];          // sorted: score desc, then name asc
  #byName = new Map();    // name -> entry
  #ranks = null;          // cached Map(name -> rank)
  writes = 0;

  static #compare(a, b) {
    return b.score - a.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  }

  #insert(entry) {
    let lo = 0;
    let hi = this.#entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (Leaderboard.#compare(this.#entries[mid], entry) < 0) lo = mid + 1;
      else hi = mid;
    }
    this.#entries.splice(lo, 0, entry);
  }

  #remove(entry) {
    this.#entries.splice(this.#entries.indexOf(entry), 1);
  }

  submit(name, score, mode = 'best') {
    const prev = this.#byName.get(name);
    let entry = prev;
    if (!entry) {
      entry = { name, score, games: 0 };
      this.#byName.set(name, entry);
    } else {
      this.#remove(entry);
      entry.score = mode === 'add' ? entry.score + score : Math.max(entry.score, score);
    }
    entry.games++;
    this.#insert(entry);
    this.#ranks = null;
    this.writes++;
    return { ...entry, improved: !prev || entry.score > (prev.score ?? 0), rank: this.rankOf(name) };
  }

  remove(name) {
    const entry = this.#byName.get(name);
    if (!entry) return false;
    this.#remove(entry);
    this.#byName.delete(name);
    this.#ranks = null;
    this.writes++;
    return true;
  }

  get size() {
    return this.#entries.length;
  }

  #computeRanks() {
    this.#ranks = new Map();
    this.#entries.forEach((e, i, all) => {
      const rank = i > 0 && all[i - 1].score === e.score ? this.#ranks.get(all[i - 1].name) : i + 1;
      this.#ranks.set(e.name, rank);
    });
    return this.#ranks;
  }

  rankOf(name) {
    return (this.#ranks ?? this.#computeRanks()).get(name) ?? null;
  }

  page(offset, limit) {
    return this.#entries.slice(offset, offset + limit).map((e) => ({ rank: this.rankOf(e.name), ...e }));
  }

  around(name, radius = 1) {
    const i = this.#entries.findIndex((e) => e.name === name);
    if (i < 0) return null;
    return this.page(Math.max(0, i - radius), radius * 2 + 1);
  }

  *[Symbol.iterator]() {
    for (const e of this.#entries) yield { rank: this.rankOf(e.name), ...e };
  }

  snapshot() {
    return structuredClone(this.#entries);
  }
}
