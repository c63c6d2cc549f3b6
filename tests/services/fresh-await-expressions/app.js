// Awaits of timers (each settles in another message) in every expression position:
// conditional expressions, && || ?? operands, object, array and template literals,
// call arguments, `await (await x).y()`, `+=` and `*=` of an awaited value, a for...of
// over an awaited array, try/catch/finally with awaits in finally, async class,
// static and object-literal methods using `this` and a private field. A module log
// shows the order Node.js evaluates the parts in; a request count links the answers.
var express = require("express");
var app = express();
function later(ms, value) { return new Promise(function (resolve) { setTimeout(function () { resolve(value); }, ms); }); }
const log = [];
let served = 0;
app.use((req, res, next) => { served++; res.set("X-Served", String(served)); next(); });
const note = (x) => { log.push(x); return x; };
app.get('/cond/:c', async (req, res) => {
  res.json({ v: req.params.c === 'a' ? await later(2, note('A')) : await later(1, note('B')), log: log.splice(0) });
});
app.get('/logic', async (req, res) => {
  const a = note(0) && await later(1, note('skipped'));
  const b = note('') || await later(1, note('or'));
  const c = note(null) ?? await later(1, note('nullish'));
  const d = note('kept') ?? await later(1, note('never'));
  res.json({ a, b, c, d, log: log.splice(0) });
});
app.get('/literals', async (req, res) => {
  const o = { [note('k1')]: note(1), second: await later(1, note(2)), list: [note(3), await later(1, note(4)), note(5)] };
  res.send(`${note('t')}:${await later(1, 'x')}:${JSON.stringify(o)}:${log.splice(0).join(',')}`);
});
app.get('/args', async (req, res) => {
  const f = (...xs) => xs.join('+');
  res.send(f(note('a'), await later(2, note('b')), note('c'), await later(1, 'd')) + ' ' + log.splice(0).join(','));
});
app.get('/nested', async (req, res) => {
  const box = { get: async (k) => later(1, { value: () => k.toUpperCase() }) };
  res.send((await (await later(1, box)).get('deep')).value());
});
app.get('/compound', async (req, res) => {
  let total = 10;
  const bump = async () => { total = 100; return later(1, 5); };
  total += await bump();
  const o = { n: 1 };
  o.n *= await later(1, 7);
  res.json({ total, n: o.n });
});
app.get('/finally', async (req, res) => {
  const steps = [];
  const run = async (fail) => {
    try {
      steps.push('try');
      if (fail) throw new Error('boom');
      return await later(1, 'value');
    } catch (e) {
      steps.push('catch ' + e.message);
      return 'caught';
    } finally {
      steps.push('finally ' + (await later(1, 'done')));
    }
  };
  const r = [await run(false), await run(true)];
  res.json({ r, steps });
});
class Counter {
  #step = 2;
  constructor(name) { this.name = name; }
  async twice(v) {
    const a = await later(1, v);
    return `${this.name}:${a * this.#step}:${await this.label()}`;
  }
  async label() { return later(1, this.name.length); }
  static async make(name) { return new this(await later(1, name)); }
}
const store = { prefix: 'p-', async get(k) { return this.prefix + (await later(1, k)); } };
app.get('/methods', async (req, res) => {
  const c = await Counter.make('ctr');
  res.send([await c.twice(21), await store.get('key')].join(' '));
});
app.get('/loop', async (req, res) => {
  const out = [];
  for (const x of await later(1, [1, 2, 3])) {
    if (await later(1, x % 2)) out.push(x * (await later(1, 10)));
  }
  res.json(out);
});
module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
