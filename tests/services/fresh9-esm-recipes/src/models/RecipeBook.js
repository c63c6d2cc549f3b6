import { Recipe } from './Recipe.js';

export default class RecipeBook {
  #recipes = new Map();
  favorites = new Set();

  add(data) {
    if (this.#recipes.has(data.slug)) return null;
    const recipe = new Recipe(data);
    this.#recipes.set(recipe.slug, recipe);
    return recipe;
  }

  get(slug) {
    return this.#recipes.get(slug);
  }

  all() {
    return [...this.#recipes.values()];
  }

  withIngredient(name) {
    return this.all().filter((r) => r.ingredients.includes(name));
  }
}
