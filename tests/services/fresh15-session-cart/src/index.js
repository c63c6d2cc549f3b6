const http = require('node:http');
const debug = require('debug')('cart:boot');
const { port } = require('./config');
const app = require('./app');

const server = http.createServer(app);
server.listen(port, () => debug(`listening on ${port}`));
