// Plugins in every shape people export them: a plain function, an async function, an object with
// an async setup, a class, and a generator of migration steps.
exports.cors = function cors(host) { host.headers['x-cors'] = '*'; return 'sync'; };
exports.metrics = async function metrics(host) { await null; host.counters.metrics = 0; return 'async'; };
exports.cache = {
  name: 'cache',
  async setup(host) { host.counters.cache = 0; return 'object'; },
};
exports.Greeter = class Greeter {
  constructor(host) { this.host = host; }
  setup() { this.host.headers['x-greeter'] = 'hi'; return 'class'; }
};
exports.migrations = function* migrations(host) {
  host.schema = 1; yield 'create users';
  host.schema = 2; yield 'add email';
  host.schema = 3; yield 'add index';
};
exports.shout = (host) => { host.headers['x-shout'] = 'yes'; return 'arrow'; };
