// Tickets through a reducer-based state machine (src/): package.json's "main" is src/server.js;
// this file re-exports the app for the test harness, as fresh7-src-layout does.
const app = require('./src/server');

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
