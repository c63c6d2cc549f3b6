import { counted, map, filter, tap, when } from './fp.js';

export const audit = [];
export const record = (label) => tap((x) => audit.push(`${label}:${Array.isArray(x) ? x.length : x}`));

export const trim = counted('trim', (s) => s.trim());
export const lower = counted('lower', (s) => s.toLowerCase());
export const words = (s) => s.split(/\s+/).filter(Boolean);
export const unique = (xs) => [...new Set(xs)];
export const longer = (n) => filter((w) => w.length > n);
export const shout = map((w) => w.toUpperCase());
export const limitTo = (n) => when((xs) => xs.length > n, (xs) => xs.slice(0, n));

// A stop-word filter whose list grows through the API.
const stop = new Set(['the', 'a', 'an']);
export const addStop = (w) => stop.add(w.toLowerCase()).size;
export const noStop = filter((w) => !stop.has(w));
