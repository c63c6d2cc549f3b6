export * from './Recipe.js';
export { default as RecipeBook } from './RecipeBook.js';
