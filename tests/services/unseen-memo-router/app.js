const express = require('express');
const words = require('./routes/words');
const { saved } = require('./utils/saver');

const app = express();
app.use('/words', words);
app.get('/saved', (req, res) => res.json(saved()));
app.use((req, res) => res.status(404).json({ error: 'no route', path: req.originalUrl }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
