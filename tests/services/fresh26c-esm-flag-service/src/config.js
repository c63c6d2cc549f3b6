import { readFile } from 'node:fs/promises';

const raw = await readFile(new URL('../data/flags.json', import.meta.url), 'utf8');
const file = JSON.parse(raw);

const config = Object.freeze({
  port: Number(process.env.PORT ?? 4100),
  environment: process.env.FLAGS_ENV ?? file.environment,
  seed: Object.freeze(file.flags.map((f) => Object.freeze(f))),
  routes: Object.freeze(['flags', 'evaluate', 'audit']),
  maxRules: 3,
});

export default config;
