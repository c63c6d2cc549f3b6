import express from 'express';
import { loadSettings } from './lib/init.js';
import { createContext } from './lib/context.js';
import greeter from './plugins/greeter.js';
import counter from './plugins/counter.js';
import * as notesPlugin from './plugins/notes.js';
import hooks from './plugins/hooks.js';

const settings = await loadSettings(new URL('../data/settings.json', import.meta.url));

const available = { greeter, counter, notes: notesPlugin, hooks };
const plugins = settings.plugins.map((name) => available[name]);

const app = express();
app.use(express.json());
const ctx = createContext(settings);

const loaded = [];
for (const plugin of plugins) {
  plugin.register(app, ctx);
  loaded.push(plugin.name);
}

app.get('/plugins', (req, res) => {
  res.json({
    loaded,
    hooks: ctx.hookCount(),
    settings: ctx.settings.loadedAt,
    stats: Object.fromEntries(ctx.registry.map((r) => [r.plugin, r.stats()])),
  });
});

app.use((err, req, res, next) => res.status(500).json({ error: err.message }));

app.listen(Number(process.env.PORT ?? 3000));
