// Hooks made at run time: a handler makes each with makeHook(name, { every }) (a counter in its closure)
// into a module Map; a decorator logged(fn) passing `arguments` on with fn.apply counts the calls of
// `fire`, which runs every hook; a hook removed and made again starts counting anew.
const express = require('express');
const app = express();
app.use(express.json());
const hooks = new Map();
const fired = [];
function makeHook(name, { every = 1 } = {}) {
  let seen = 0;
  return (event) => {
    seen += 1;
    if (seen % every === 0) fired.push(`${name}:${event}:${seen}`);
    return seen;
  };
}
function logged(fn) {
  let calls = 0;
  const wrapper = function () {
    calls += 1;
    return fn.apply(this, arguments);
  };
  wrapper.calls = () => calls;
  return wrapper;
}
const fire = logged((event) => [...hooks.values()].map((h) => h(event)));
app.post('/hooks/:name', (req, res) => {
  hooks.set(req.params.name, makeHook(req.params.name, req.body));
  res.status(201).json({ hooks: [...hooks.keys()] });
});
app.post('/fire/:event', (req, res) => res.json({ seen: fire(req.params.event), calls: fire.calls() }));
app.delete('/hooks/:name', (req, res) => res.json({ removed: hooks.delete(req.params.name) }));
app.get('/fired', (req, res) => res.json({ fired, calls: fire.calls() }));
module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
