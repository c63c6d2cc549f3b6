const slugify = require('slugify');

class PageRepository {
  constructor() {
    this.pages = new Map();
    this.views = Object.create(null);
  }

  slugFor(title) {
    return slugify(title, { lower: true, strict: true });
  }

  find(slug) {
    return this.pages.get(slug);
  }

  save(title, body, author) {
    const slug = this.slugFor(title);
    const page = this.pages.get(slug) ?? { slug, title, revisions: [] };
    page.revisions.push({ n: page.revisions.length + 1, body, author });
    this.pages.set(slug, page);
    return page;
  }

  view(slug) {
    this.views[slug] = (this.views[slug] ?? 0) + 1;
    return this.views[slug];
  }

  list() {
    return [...this.pages.values()].sort((a, b) => a.title.localeCompare(b.title));
  }
}

module.exports = new PageRepository();
