import authors from './authors.js';
import books from './books.js';
import reviews from './reviews.js';
import { Repository } from '../lib/repository.js';

export const registry = { authors, books, reviews };

export function createRepos() {
  return Object.fromEntries(Object.entries(registry).map(([name, def]) => [name, new Repository(name, def.prefix)]));
}
