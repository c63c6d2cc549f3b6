// Recipes as ES modules: re-exports through an index (`export *`, `export { default as }`), a book
// built at top-level await from a seed file, class fields and a static counter, an exported `let`.
import express from 'express';
import { fileURLToPath } from 'node:url';
import book, { touch, lastChange } from './src/services/book.js';
import * as models from './src/models/index.js';

const app = express();
app.use(express.json());

app.get('/recipes', (req, res) => {
  const list = req.query.ingredient ? book.withIngredient(req.query.ingredient) : book.all();
  res.json({ total: models.Recipe.count, recipes: list });
});

app.post('/recipes', (req, res) => {
  const { title, ingredients, minutes } = req.body ?? {};
  if (!title?.trim()) return res.status(400).json({ error: 'title is required' });
  const recipe = book.add({ slug: models.slugify(title), title: title.trim(), ingredients, minutes });
  if (!recipe) return res.status(409).json({ error: 'exists' });
  touch(`added ${recipe.slug}`);
  res.status(201).json(recipe);
});

app.post('/recipes/:slug/ratings', (req, res) => {
  const recipe = book.get(req.params.slug);
  const stars = Number(req.body?.stars);
  if (!recipe) return res.sendStatus(404);
  if (!(stars >= 1 && stars <= 5)) return res.status(400).json({ error: 'stars must be 1..5' });
  recipe.rate(stars);
  touch(`rated ${recipe.slug}`);
  res.json(recipe);
});

app.put('/favorites/:slug', (req, res) => {
  if (!book.get(req.params.slug)) return res.sendStatus(404);
  book.favorites.add(req.params.slug);
  res.json([...book.favorites]);
});

app.get('/meta', (req, res) => res.json({ lastChange, favorites: book.favorites.size, isBook: book instanceof models.RecipeBook }));

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
