'use strict';
const Joi = require('joi');
const createError = require('http-errors');
const Model = require('../lib/Model');

module.exports = (db) => {
  class Book extends Model {
    static associate(models) {
      this.addHook('beforeCreate', (book) => {
        if (!models.Author.findByPk(book.authorId)) throw createError(422, `author ${book.authorId} does not exist`);
        book.slug = `${book.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${book.id}`;
      });
      this.addHook('afterCreate', (book) => {
        models.AuditLog.create({ action: 'book.created', ref: book.slug });
      });
    }
  }

  Book.init(['title', 'authorId', 'year', 'slug'], {
    modelName: 'Book',
    schema: Joi.object({ title: Joi.string().required(), authorId: Joi.number().integer().required(), year: Joi.number().integer().min(1450).max(2026) }),
  });
  return Book;
};
