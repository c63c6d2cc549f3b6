// A plugin host that tells plugin shapes apart by typeof, constructor.name, the class keyword in
// their source and Object.prototype.toString, then installs them one by one on request.
const express = require('express');
const plugins = require('./plugins');

const GeneratorFunction = function* () {}.constructor;
const host = { headers: {}, counters: {}, schema: 0, installed: [], pending: null };

function kindOf(p) {
  if (typeof p === 'object' && p !== null && typeof p.setup === 'function') return 'object:' + p.setup.constructor.name;
  if (typeof p !== 'function') return 'invalid';
  if (/^class\s/.test(Function.prototype.toString.call(p))) return 'class';
  if (p instanceof GeneratorFunction) return 'generator';
  return Object.prototype.toString.call(p).slice(8, -1);
}

async function install(name) {
  const p = plugins[name];
  const kind = kindOf(p);
  let result;
  if (kind === 'class') result = new p(host).setup();
  else if (kind === 'generator') {
    host.pending = host.pending || p(host);
    const step = host.pending.next();
    if (step.done) host.pending = null;
    result = step.done ? 'done' : step.value;
  } else if (kind.startsWith('object')) result = await p.setup(host);
  else if (kind === 'AsyncFunction') result = await p(host);
  else result = p(host);
  host.installed.push(name + ':' + kind);
  return { name, kind, result };
}

const app = express();
app.use((req, res, next) => { res.set(host.headers); next(); });

app.get('/plugins', (req, res) => res.json(Object.entries(plugins).map(([k, p]) => ({
  name: k, kind: kindOf(p), type: typeof p, tag: Object.prototype.toString.call(p),
}))));
app.post('/plugins/:name', async (req, res) => {
  if (!(req.params.name in plugins)) return res.status(404).json({ error: 'unknown plugin' });
  res.json(await install(req.params.name));
});
app.get('/host', (req, res) => res.json({ ...host, pending: host.pending ? Object.prototype.toString.call(host.pending) : null }));

app.listen(process.env.PORT || 3000);
