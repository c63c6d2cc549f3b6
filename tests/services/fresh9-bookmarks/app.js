// Bookmarks API: a Map-backed store module written through its functions from a router.
const express = require('express');
const bookmarks = require('./routes/bookmarks');
const store = require('./lib/store');

const app = express();
app.use(express.json());

app.use('/bookmarks', bookmarks);
app.get('/tags', (req, res) => res.json(store.tags()));

app.use((req, res) => res.status(404).json({ error: 'not found' }));

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  if (err.type === 'entity.parse.failed') return res.status(400).json({ error: 'bad json' });
  res.status(err.status ?? 500).json({ error: err.message, details: err.details });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
