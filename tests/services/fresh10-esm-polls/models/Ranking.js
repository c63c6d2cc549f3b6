export class Ranking extends Array {
  static get [Symbol.species]() {
    return Array;
  }

  bump(option) {
    const row = this.find((r) => r.option === option);
    if (row) row.votes++;
    else this.push({ option, votes: 1 });
    this.sort((a, b) => b.votes - a.votes || a.option.localeCompare(b.option));
    return this;
  }

  top(n = 1) {
    return this.slice(0, n).map((r) => r.option);
  }
}
