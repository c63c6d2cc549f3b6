const app = require('./app');
const config = require('./config');

module.exports = app;

if (require.main === module) {
  app.listen(config.port, () => console.log(`${config.appName} listening on ${config.port}`));
}
