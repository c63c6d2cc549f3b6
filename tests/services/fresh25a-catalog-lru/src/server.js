const app = require('./app');
const { port } = require('./config');
const { connected } = require('./db');

connected.then(() => {
  app.listen(port, () => console.log(`catalog on ${port}`));
});
