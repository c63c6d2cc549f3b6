// A stand-in for a database driver: the first attempts to connect fail, as a
// container's database does while it starts, so the service retries with backoff.
const { readFile } = require('fs/promises');
const path = require('path');

let attempts = 0;

function connect(callback) {
  attempts += 1;
  setTimeout(() => {
    if (attempts < 3) return callback(new Error(`ECONNREFUSED (attempt ${attempts})`));
    callback(null, createClient());
  }, 15);
}

function createClient() {
  const tables = { accounts: new Map(), events: [] };
  return {
    attempts: () => attempts,
    async loadSeed() {
      const raw = await readFile(path.join(__dirname, '..', 'data', 'seed.json'), 'utf8');
      tables.plans = new Map(JSON.parse(raw).plans.map((p) => [p.id, p]));
    },
    plan: (id) => tables.plans.get(id),
    accounts: tables.accounts,
    log(type, detail) {
      tables.events.push({ seq: tables.events.length + 1, type, ...detail });
    },
    events: (since = 0) => tables.events.filter((e) => e.seq > since),
  };
}

module.exports = { connect };
