const dispatcher = require('./dispatcher');

const log = [];
const deadLetters = [];
let failures = 0;

dispatcher.on('delivered', ({ id, url, attempt }) => log.push(`${id} ${url} ok#${attempt}`));
dispatcher.on('failed', () => { failures += 1; });
dispatcher.on('gave-up', (entry) => deadLetters.push(entry));

module.exports = {
  summary: () => ({ delivered: log.length, failures, deadLetters: deadLetters.length }),
  entries: (id) => log.filter((line) => !id || line.startsWith(`${id} `)),
  deadLetters: () => deadLetters.slice(),
};
