// A tiny issue tracker: issues as class instances with a private change hook feeding an activity feed and
// per-user inboxes (assignments and @mentions), a status workflow table, cursor pagination with Link headers.
const app = require('./app');

const PORT = process.env.PORT ?? 3000;
app.listen(PORT, () => console.log(`issues on ${PORT}`));
