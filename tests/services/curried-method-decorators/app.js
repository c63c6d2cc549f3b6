// Decorators on methods and objects: once(fn) replacing a method of a module object (its `this` passed
// through fn.apply), a WeakMap memo keyed by objects of module state (a replaced user is computed again),
// and the object read back whole.
const express = require('express');
const app = express();
function once(fn) {
  let called = false;
  let value;
  return function (...args) {
    if (!called) { called = true; value = fn.apply(this, args); }
    return value;
  };
}
function weakMemo(fn) {
  const seen = new WeakMap();
  return (obj) => {
    if (!seen.has(obj)) seen.set(obj, fn(obj));
    return seen.get(obj);
  };
}
const shop = {
  items: [],
  setupCount: 0,
  setup() { this.setupCount += 1; this.items.push('welcome'); return this.items.length; },
};
shop.setup = once(shop.setup);
let scored = 0;
const users = { ada: { name: 'Ada', age: 36 }, bob: { name: 'Bob', age: 41 } };
const score = weakMemo((u) => { scored += 1; return u.name.length * u.age; });
app.post('/setup', (req, res) => res.json({ n: shop.setup(), count: shop.setupCount }));
app.get('/score/:u', (req, res) => res.json({ score: score(users[req.params.u]), scored }));
app.put('/users/:u', (req, res) => { users[req.params.u] = { name: req.params.u, age: 1 }; res.json(users[req.params.u]); });
app.get('/shop', (req, res) => res.json(shop));
module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
