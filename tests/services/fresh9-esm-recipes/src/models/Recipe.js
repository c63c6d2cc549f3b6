export class Recipe {
  static count = 0;
  ratings = [];

  constructor({ slug, title, ingredients = [], minutes }) {
    this.slug = slug;
    this.title = title;
    this.ingredients = ingredients;
    this.minutes = minutes ?? null;
    Recipe.count++;
  }

  rate(stars) {
    this.ratings.push(stars);
    return this.average;
  }

  get average() {
    if (!this.ratings.length) return null;
    return Math.round((this.ratings.reduce((a, b) => a + b, 0) / this.ratings.length) * 10) / 10;
  }

  toJSON() {
    return { slug: this.slug, title: this.title, ingredients: this.ingredients, minutes: this.minutes, rating: this.average, votes: this.ratings.length };
  }
}

export const slugify = (s) => s.toLowerCase().trim().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
