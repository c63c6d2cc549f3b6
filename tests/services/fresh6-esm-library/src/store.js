class Store {
  books = new Map();
  members = new Map();
  version = 0;

  touch() {
    this.version += 1;
    return this.version;
  }
}

export default new Store();
