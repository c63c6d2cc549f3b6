// A tasks API laid out as projects usually are: package.json's "main" is
// src/server.js; src/ has config/ (from process.env with defaults), routes/,
// services/, models/, middleware/ and a db.js in-memory "database" with
// auto-increment ids and soft deletes. This file only re-exports the app.
const app = require('./src/server');

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
