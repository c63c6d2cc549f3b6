const app = require('./app');
const Store = require('./store');
const config = require('./config');

const started = [];

async function start() {
  await Store.getInstance().load();
  started.push('loaded');
  const server = app.listen(config.port, () => {
    started.push('listening');
  });
  app.get('/started', (req, res) => res.json({ started, items: Store.getInstance().list().length }));
  return server;
}

start().catch((err) => {
  console.error('failed to start', err);
  process.exit(1);
});
