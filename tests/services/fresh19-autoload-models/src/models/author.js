'use strict';
const Joi = require('joi');
const Model = require('../lib/Model');

module.exports = (db) => {
  class Author extends Model {
    static associate(models) {
      this.books = () => models.Book;
    }

    get bookCount() {
      return db.Book.findAll({ where: { authorId: this.id } }).length;
    }
  }

  Author.init(['name', 'country'], {
    modelName: 'Author',
    schema: Joi.object({ name: Joi.string().min(2).required(), country: Joi.string().length(2).uppercase().default('GB') }),
  });
  return Author;
};
