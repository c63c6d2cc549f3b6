const app = require('./app');
const config = require('./config');
const { ready } = require('./lib/redis');

ready
  .then(() => app.listen(config.port, () => console.log(`leaderboard on :${config.port}`)))
  .catch((err) => {
    console.error('cannot reach redis', err);
    process.exit(1);
  });
