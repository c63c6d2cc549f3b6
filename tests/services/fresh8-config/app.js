// A configuration service: YAML defaults read from a file at start, layers added as YAML or INI
// text and merged with deepmerge (arrays replaced or concatenated by a custom arrayMerge), the
// result dumped as YAML or INI, plugins checked against the app's version with semver, and
// releases bumping that version.
const fs = require('fs');
const path = require('path');
const express = require('express');
const yaml = require('js-yaml');
const ini = require('ini');
const semver = require('semver');
const merge = require('deepmerge');

const defaults = yaml.load(fs.readFileSync(path.join(__dirname, 'data', 'defaults.yaml'), 'utf8'));
const layers = [];
const releases = [];

const byName = (target, source) => {
  const out = target.slice();
  for (const item of source) {
    const at = out.findIndex((t) => t && item && t.name === item.name);
    if (at >= 0) out[at] = merge(out[at], item);
    else out.push(item);
  }
  return out;
};

function effective() {
  return merge.all([defaults, ...layers.map((l) => l.values)], {
    arrayMerge: (target, source) => (source.some((s) => s && s.name) ? byName(target, source) : source),
  });
}

const app = express();
app.use(express.text({ type: ['text/*', 'application/yaml'] }));
app.use(express.json());

app.post('/layers/:name', (req, res) => {
  let values;
  try {
    values = req.is('text/x-ini') ? ini.parse(req.body) : yaml.load(req.body);
  } catch (e) {
    return res.status(400).json({ error: e.name, reason: e.reason, line: e.mark && e.mark.line });
  }
  if (values === null || typeof values !== 'object') return res.status(400).json({ error: 'a layer is a mapping' });
  const old = layers.findIndex((l) => l.name === req.params.name);
  if (old >= 0) layers.splice(old, 1);
  layers.push({ name: req.params.name, values });
  res.status(201).json({ layers: layers.map((l) => l.name), keys: Object.keys(values) });
});

app.delete('/layers/:name', (req, res) => {
  const at = layers.findIndex((l) => l.name === req.params.name);
  if (at < 0) return res.status(404).json({ error: 'no layer' });
  layers.splice(at, 1);
  res.json({ layers: layers.map((l) => l.name) });
});

app.get('/config', (req, res) => {
  const config = effective();
  if (req.query.format === 'yaml') return res.type('application/yaml').send(yaml.dump(config, { sortKeys: true, lineWidth: 60 }));
  if (req.query.format === 'ini') return res.type('text/plain').send(ini.stringify({ app: config.app, server: { port: config.server.port } }));
  res.json(config);
});

app.get('/plugins', (req, res) => {
  const config = effective();
  const version = req.query.core || config.app.version;
  if (!semver.valid(semver.coerce(version))) return res.status(400).json({ error: `not a version: ${version}` });
  const core = semver.coerce(version).version;
  res.json(config.plugins.map((p) => ({
    name: p.name,
    ok: semver.satisfies(core, p.requires),
    range: new semver.Range(p.requires).range,
    newest: semver.maxSatisfying(releases.concat(config.app.version), p.requires),
  })));
});

app.post('/releases', (req, res) => {
  const current = effective().app.version;
  const next = semver.inc(releases[releases.length - 1] || current, req.body.bump, req.body.tag);
  if (!next) return res.status(400).json({ error: `cannot bump ${req.body.bump}` });
  releases.push(next);
  res.status(201).json({
    releases,
    sorted: semver.rsort(releases.slice()),
    diff: semver.diff(current, next),
    gt: semver.gt(next, current),
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
