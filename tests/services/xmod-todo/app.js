// A todo API split over modules as people write it: the routes in lib/routes.js,
// the state in lib/store.js behind exported functions.
const express = require('express');
const todos = require('./lib/routes');
const { stats } = require('./lib/store');

const app = express();
app.use(express.json());
app.use('/api/todos', todos);
app.get('/api/stats', (req, res) => res.json(stats()));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
