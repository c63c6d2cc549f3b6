// Listeners of the board registered at start-up: an async audit listener that rejects for some titles
// (captured by the board), a `once` listener kept by name so a request can `off` it with the function
// it was given, and a counter updated in `process.nextTick` after each event.
'use strict';
const { board } = require('./jobs');

const audit = [];
const counts = { added: 0, done: 0, aborted: 0 };
const firstDone = [];

board.on('added', async (job) => {
  await null;
  if (job.title.includes('!')) throw new Error(`bad title ${job.title}`);
  audit.push(`added:${job.id}`);
});

for (const event of ['added', 'done', 'aborted']) {
  board.on(event, (job) => {
    process.nextTick(() => {
      counts[event] += 1;
    });
  });
}

function onFirstDone(job) {
  firstDone.push(job.id);
}
board.once('done', onFirstDone);

module.exports = { audit, counts, firstDone, onFirstDone };
