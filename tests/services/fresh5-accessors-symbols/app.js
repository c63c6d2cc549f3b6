// Playlists with Symbol-keyed state and generators (lib/playlist.js), a module
// object whose `current` is an Object.defineProperty accessor that records each
// switch, and spread/for...of/destructuring that pull from the iterator (each
// pull counts a play, so partial reads show).
const express = require('express');
const { Playlist, TRACKS, PLAYS } = require('./lib/playlist');

const player = { switches: [] };
let currentName = null;
Object.defineProperty(player, 'current', {
  enumerable: true,
  get() {
    return currentName === null ? null : Playlist.all.get(currentName);
  },
  set(name) {
    if (!Playlist.all.has(name)) throw new Error(`no playlist ${name}`);
    player.switches.push(`${currentName}->${name}`);
    currentName = name;
  },
});

const app = express();
app.use(express.json());

app.post('/playlists', (req, res) => {
  const list = new Playlist(req.body.name).add(...(req.body.tracks ?? []));
  player.current ??= list.name;
  res.status(201).json({ ...list.toJSON(), current: player.current.name });
});

app.post('/playlists/:name/tracks', (req, res) => {
  const list = Playlist.all.get(req.params.name);
  list.add(req.body.title);
  res.json({ length: list.length, tracks: list[TRACKS] });
});

app.put('/current', (req, res) => {
  try {
    player.current = req.body.name;
    res.json({ current: player.current.name, switches: player.switches });
  } catch (err) {
    res.status(404).json({ error: err.message });
  }
});

app.put('/volume', (req, res) => {
  try {
    player.current.volume = req.body.volume;
    res.json({ volume: player.current.volume });
  } catch (err) {
    res.status(400).json({ error: err.message, kept: player.current.volume });
  }
});

app.get('/play', (req, res) => {
  const limit = Number(req.query.limit ?? Infinity);
  const played = [];
  for (const title of player.current) {
    if (played.length >= limit) break;
    played.push(title);
  }
  res.json({ played, plays: player.current[Symbol.for('playlist.plays')] });
});

app.get('/play/first-two', (req, res) => {
  const [first, second] = player.current;
  res.json({ first, second, plays: player.current[PLAYS] });
});

app.get('/shuffle/:step', (req, res) => res.json([...player.current.shuffled(Number(req.params.step))]));

app.get('/playlists', (req, res) => res.json({ lists: [...Playlist.all.values()], current: player.current?.name ?? null }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
