// Polls and votes, CommonJS under lib/: `trust proxy` with a middleware counting requests
// per client ip in a module-level Map, a Poll model (class fields, private #voters Set,
// static #seq), a repository object literal with methods, results memoised per poll in a
// closure cache that a vote invalidates through an emitter listener, a close timer set
// by a route (setTimeout, unref) that a later request reads, and a leaderboard using .at().
const express = require('express');
const { perIp, ipCounts } = require('./lib/middleware/perIp');
const polls = require('./lib/routes/polls');

const app = express();
app.set('trust proxy', true);
app.use(express.json());
app.use(perIp);
app.use('/polls', polls);
app.get('/clients', (req, res) => res.json(ipCounts()));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
