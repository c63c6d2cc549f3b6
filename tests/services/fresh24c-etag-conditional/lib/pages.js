const EPOCH = Date.UTC(2026, 0, 1);

class PageStore {
  constructor() {
    this.pages = new Map();
    this.clock = 0;
  }

  put(slug, text) {
    const page = this.pages.get(slug);
    this.clock += 60;
    if (page) {
      page.text = text;
      page.version++;
      page.modified = this.clock;
      return page;
    }
    const created = { slug, text, version: 1, modified: this.clock };
    this.pages.set(slug, created);
    return created;
  }

  get(slug) {
    return this.pages.get(slug);
  }

  etagOf(page) {
    return `"${page.slug}-v${page.version}"`;
  }

  lastModified(page) {
    return new Date(EPOCH + page.modified * 1000).toUTCString();
  }
}

const store = new PageStore();
store.put('home', 'Welcome!');
store.put('faq', 'Nothing asked yet.');

module.exports = store;
