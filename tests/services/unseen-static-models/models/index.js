const Model = require('./model');

class User extends Model {
  static nextId = 100;
  get display() { return `${this.name} <${this.email}>`; }
}

class Post extends Model {
  static byAuthor(id) { return this.all().filter((p) => p.authorId === id); }
}

module.exports = { User, Post };
