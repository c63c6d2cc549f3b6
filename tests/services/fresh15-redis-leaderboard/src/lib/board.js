const { LRUCache } = require('lru-cache');
const { client, key } = require('./redis');

const topCache = new LRUCache({ max: 10 });
let season = 1;

const boardKey = () => key('board', `s${season}`);

async function addPlayer(name) {
  const id = await client.incr(key('player-seq'));
  await client.hSet(key('player', id), { name, joinedSeason: season });
  await client.sAdd(key('names'), name.toLowerCase());
  return { id, name };
}

async function nameTaken(name) {
  return client.sIsMember(key('names'), name.toLowerCase());
}

async function player(id) {
  const data = await client.hGetAll(key('player', id));
  return Object.keys(data).length ? { id: Number(id), ...data, joinedSeason: Number(data.joinedSeason) } : null;
}

async function submit(id, points) {
  const total = await client.zIncrBy(boardKey(), points, String(id));
  topCache.clear();
  return total;
}

async function top(n) {
  const cached = topCache.get(n);
  if (cached) return { cached: true, entries: cached };
  const rows = await client.zRangeWithScores(boardKey(), 0, n - 1, { REV: true });
  const entries = await Promise.all(
    rows.map(async (row, i) => ({ rank: i + 1, name: (await player(row.value)).name, score: row.score })),
  );
  topCache.set(n, entries);
  return { cached: false, entries };
}

async function rank(id) {
  const [position, score] = await Promise.all([
    client.zRevRank(boardKey(), String(id)),
    client.zScore(boardKey(), String(id)),
  ]);
  return position === null ? null : { rank: position + 1, score };
}

async function newSeason() {
  const [, players] = await client.multi().rename(boardKey(), key('board', `s${season}`, 'archive')).zCard(key('board', `s${season}`, 'archive')).exec();
  season += 1;
  topCache.clear();
  return { season, archivedPlayers: players };
}

module.exports = { addPlayer, nameTaken, player, submit, top, rank, newSeason, season: () => season };
