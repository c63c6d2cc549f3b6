// A module with a top-level await: its importers wait for the seed to be read.
import { readFile } from 'node:fs/promises';
import { Catalog } from './catalog.js';

const seed = JSON.parse(await readFile(new URL('../data/seed.json', import.meta.url), 'utf8'));
export const catalog = new Catalog(seed.books);
export const seededCount = catalog.size;
