module.exports = function makeSeason(name) {
  const firstRank = new Map();
  const history = [];
  return {
    record(player, rank) {
      if (!firstRank.has(player)) firstRank.set(player, rank);
      history.push({ player, rank });
    },
    summary() {
      const climbs = [...firstRank].map(([player, first]) => {
        const latest = history.findLast((h) => h.player === player).rank;
        return { player, climb: first - latest };
      });
      climbs.sort((a, b) => a.climb - b.climb || b.player.localeCompare(a.player));
      return { season: name, entries: history.length, climber: climbs.at(-1) ?? null, last: history.at(-1) };
    },
  };
};
