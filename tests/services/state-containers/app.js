// Shelves kept in a registry Map and in an object of all of them: routes change a shelf found
// through the registry, or every shelf through Object.values, while other routes read each
// shelf by its own name; a restock handed to a timer with its arguments; a Buffer of stamps
// written in place.
const express = require('express');

const app = express();
app.use(express.json());

const books = { name: 'books', items: [], sold: 0 };
const games = { name: 'games', items: [], sold: 0 };
const shelves = new Map([['books', books], ['games', games]]);
const everyShelf = { books, games };
const stamps = Buffer.alloc(8);
const resetCount = (shelf) => { shelf.sold = 0; };

app.post('/shelves/:name/items', (req, res) => {
  const shelf = shelves.get(req.params.name);
  if (!shelf) return res.status(404).json({ error: `no shelf ${req.params.name}` });
  shelf.items.push(req.body.title);
  res.status(201).json({ shelf: shelf.name, count: shelf.items.length });
});

app.get('/books', (req, res) => res.json(books));
app.get('/games', (req, res) => res.json({ ...games, titles: games.items.join(', ') }));

app.post('/sell-all', (req, res) => {
  let sold = 0;
  for (const shelf of Object.values(everyShelf)) {
    sold += shelf.items.length;
    shelf.sold += shelf.items.length;
    shelf.items = [];
  }
  res.json({ sold });
});

app.post('/reset-counts', (req, res) => {
  [books, games].forEach(resetCount);
  res.json({ ok: true });
});

app.post('/restock-later', (req, res) => {
  setTimeout((shelf, title) => { shelf.items.push(title); }, 5, games, req.body.title);
  res.status(202).json({ queued: req.body.title });
});

app.post('/stamps/:slot', (req, res) => {
  stamps.writeUInt8(Number(req.body.value) & 0xff, Number(req.params.slot) % 8);
  res.json({ ok: true });
});

app.get('/stamps', (req, res) => res.json({ hex: stamps.toString('hex'), first: stamps.readUInt8(0) }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
