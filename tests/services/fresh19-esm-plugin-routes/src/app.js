import express from 'express';
import path from 'node:path';
import { readdir } from 'node:fs/promises';
import { loaded } from './core/hooks.js';

export async function createApp() {
  const app = express();
  app.use(express.json());

  // plugins: every module in src/plugins, in name order
  const pluginDir = path.join(import.meta.dirname, 'plugins');
  for (const file of (await readdir(pluginDir)).sort()) {
    const plugin = await import(path.join(pluginDir, file));
    plugin.setup();
    loaded.plugins.push(plugin.name);
  }

  // routes: src/routes/<name>.js is mounted at /<name>
  for (const file of (await readdir(new URL('./routes', import.meta.url))).sort()) {
    const { default: router } = await import(new URL(`./routes/${file}`, import.meta.url));
    const mount = `/${path.basename(file, '.js')}`;
    app.use(mount, router);
    loaded.routes.push(mount);
  }

  app.use((req, res) => res.status(404).json({ error: 'not found' }));
  return app;
}
