// A helpdesk API laid out MVC-style under src/: a model as an object literal
// whose methods update `this.tickets` / `this.lastId`, a controller class with
// arrow-function class fields over a private model and a private counter (made
// by a static factory), a validate(schema) middleware factory, router.route()
// chains, router.param and a nested comments router with mergeParams.
const express = require('express');
const tickets = require('./src/routes/tickets');

const app = express();
app.use(express.json());
app.use('/tickets', tickets);
app.get('/', (req, res) => res.redirect(301, '/tickets'));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
