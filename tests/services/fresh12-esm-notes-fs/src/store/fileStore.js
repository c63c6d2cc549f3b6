import { readFile, writeFile, copyFile, access } from 'node:fs/promises';
import { constants } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');
const file = path.join(dataDir, 'notes.json');

let cache = null;
let queue = Promise.resolve();
export const io = { reads: 0, writes: 0 };

async function ensure() {
  try {
    await access(file, constants.F_OK);
  } catch {
    await copyFile(path.join(dataDir, 'seed.json'), file);
  }
}

export async function load() {
  if (cache) return cache;
  await ensure();
  io.reads++;
  cache = JSON.parse(await readFile(file, 'utf8'));
  return cache;
}

export function mutate(fn) {
  const run = queue.then(async () => {
    const db = structuredClone(await load());
    const result = fn(db);
    await writeFile(file, JSON.stringify(db, null, 2));
    io.writes++;
    cache = db;
    return result;
  });
  queue = run.catch(() => {});
  return run;
}
