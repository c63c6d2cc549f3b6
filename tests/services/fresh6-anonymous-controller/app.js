// A controller class that builds its own router in a class field and registers
// class-field arrow handlers in its constructor; app.js mounts
// `new CounterController().router`, so the instance whose fields the handlers
// change is reachable only through the router (the common "controller owns
// its routes" layout).
const express = require('express');
const CounterController = require('./controllers/counter-controller');

const app = express();
app.use(express.json());
app.use('/counters', new CounterController().router);

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
