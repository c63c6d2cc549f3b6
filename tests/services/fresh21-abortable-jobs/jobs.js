const { slowSquare } = require('./work');

const running = new Map(); // id -> AbortController
const results = new Map(); // id -> outcome
const tally = { done: 0, cancelled: 0, timedOut: 0 };
let seq = 0;

function start(n, ms, timeoutMs) {
  const id = `job-${++seq}`;
  const controller = new AbortController();
  running.set(id, controller);
  const signals = [controller.signal];
  if (timeoutMs) signals.push(AbortSignal.timeout(timeoutMs));
  const signal = AbortSignal.any(signals);
  results.set(id, { state: 'running' });
  slowSquare(n, ms, signal).then(
    (value) => {
      tally.done++;
      results.set(id, { state: 'done', value });
    },
    (err) => {
      if (err.name === 'TimeoutError') tally.timedOut++;
      else tally.cancelled++;
      results.set(id, { state: err.name, message: err.message, reason: typeof err === 'string' ? err : undefined });
    },
  ).finally(() => running.delete(id));
  return id;
}

function cancel(id, why) {
  const controller = running.get(id);
  if (!controller) return false;
  controller.abort(why);
  return true;
}

module.exports = { start, cancel, results, tally, running };
