const express = require('express');
const { getDb, connects } = require('./db');

const app = express();
app.use(express.json());

app.route('/animals/:id')
  .get(async (req, res, next) => {
    try {
      const db = await getDb();
      const row = db.find(req.params.id);
      if (!row) return res.status(404).format({
        json: () => res.json({ error: 'not found' }),
        text: () => res.send('not found'),
      });
      res.json(row);
    } catch (err) { next(err); }
  })
  .put(async (req, res) => {
    const db = await getDb();
    res.status(201).json(db.insert({ id: req.params.id, name: String(req.body.name) }));
  });

app.get('/info', async (req, res) => {
  const db = await getDb();
  res.json({ size: db.size(), cached: db.cache.keys(), connects: connects() });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
