// An Express service that keeps the server app.listen returns, as many do
// (`const server = app.listen(...)`, timeouts set on it, exported for tests),
// and a route that reads the server's settings.
const express = require('express');

const app = express();
let requests = 0;
app.use((req, res, next) => {
  requests += 1;
  next();
});
app.get('/count', (req, res) => res.json({ requests }));
app.get('/server', (req, res) => res.json({ keepAlive: server.keepAliveTimeout, headers: server.headersTimeout }));

const server = app.listen(process.env.PORT || 8080, () => {
  console.log('listening');
});
server.keepAliveTimeout = 65000;
server.headersTimeout = 66000;

module.exports = { app, server };
