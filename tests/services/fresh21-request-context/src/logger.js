const { current } = require('./context');

const lines = [];
const pending = [];
const perUser = {};

// Log lines are batched and flushed in a microtask, like pino's sync:false mode.
function log(msg) {
  const ctx = current();
  if (ctx) ctx.steps++;
  pending.push(`[${ctx?.id ?? '-'}] ${ctx?.user ?? '-'}: ${msg}`);
  if (ctx) perUser[ctx.user] = (perUser[ctx.user] ?? 0) + 1;
  if (pending.length === 1) queueMicrotask(flush);
}

function flush() {
  lines.push(...pending.splice(0));
}

module.exports = { log, lines, perUser };
