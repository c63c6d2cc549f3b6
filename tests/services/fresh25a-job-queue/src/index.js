const app = require('./app');
const queue = require('./queue');
const config = require('./config');

queue
  .connect()
  .then(() => app.listen(config.port, () => console.log(`jobs on ${config.port}`)))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
