'use strict';

const { loadConfig } = require('./config');
const { SteppingClock } = require('./lib/clock');
const { Database } = require('./db/database');
const { createApp } = require('./app');

async function start() {
  const config = await loadConfig();
  const clock = new SteppingClock(config.startTime);
  const db = await Database.open(config.seedFile, clock);
  const app = await createApp({ db, clock, config });
  app.listen(config.port, () => console.log(`warehouse-api on ${config.port}`));
}

start().catch((err) => {
  console.error(err);
  process.exit(1);
});
