import { readFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';

process.loadEnvFile(new URL('../../config/gateway.env', import.meta.url));

const file = path.resolve(import.meta.dirname, '../../config/gateway.yaml');
const parsed = YAML.parse(await readFile(file, 'utf8'));

function deepFreeze(o) {
  for (const v of Object.values(o)) if (v && typeof v === 'object') deepFreeze(v);
  return Object.freeze(o);
}

export const config = deepFreeze({ ...parsed, port: Number(process.env.PORT ?? 8088) });
