import { readFile } from 'node:fs/promises';
import { RecipeBook } from '../models/index.js';

const seedUrl = new URL('../../data/seed.json', import.meta.url);
const seed = JSON.parse(await readFile(seedUrl, 'utf8'));

export const book = new RecipeBook();
for (const r of seed) book.add(r);

export let lastChange = null;

export function touch(what) {
  lastChange = what;
}

export default book;
