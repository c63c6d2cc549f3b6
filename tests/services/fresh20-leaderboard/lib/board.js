class Board {
  players = [];
  writes = 0;

  #rerank() {
    this.players.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
    let rank = 0;
    let last;
    for (const p of this.players) {
      if (p.score !== last) rank += 1;
      last = p.score;
      p.rank = rank;
    }
  }

  add(name, points) {
    let player = this.find(name);
    if (!player) {
      player = { name, score: 0, games: 0, best: null, rank: null };
      this.players.push(player);
    }
    player.score += points;
    player.games++;
    player.best = Math.max(player.best ?? points, points);
    this.writes++;
    this.#rerank();
    return { ...player };
  }

  find(name) {
    return this.players.find((p) => p.name === name);
  }

  top(limit) {
    return this.players.slice(0, limit).map(({ name, score, rank }) => ({ rank, name, score }));
  }

  around(name) {
    const i = this.players.findIndex((p) => p.name === name);
    return { neighbors: [this.players[i - 1]?.name ?? null, this.players.at(i + 1)?.name ?? null] };
  }

  remove(name) {
    const i = this.players.findIndex((p) => p.name === name);
    if (i < 0) return false;
    this.players.splice(i, 1);
    this.writes++;
    this.#rerank();
    return true;
  }
}

module.exports = new Board();
