'use strict';

const path = require('node:path');
const fs = require('node:fs/promises');

// Async because production reads secrets from a mounted file; here only defaults and the seed path.
async function loadConfig(env = process.env) {
  const seedFile = env.SEED_FILE ?? path.join(__dirname, '..', 'data', 'seed.json');
  await fs.access(seedFile);
  return Object.freeze({
    port: Number(env.PORT ?? 8088),
    seedFile,
    pickBatchSize: Number(env.PICK_BATCH_SIZE ?? 3),
    countTolerance: Number(env.COUNT_TOLERANCE ?? 5),
    startTime: env.START_TIME ?? '2026-04-20T06:00:00Z',
  });
}

module.exports = { loadConfig };
