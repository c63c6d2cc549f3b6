'use strict';

const { checkSchema } = require('express-validator');

exports.createTodo = checkSchema({
  title: {
    in: ['body'],
    trim: true,
    isLength: { options: { min: 1, max: 80 }, errorMessage: 'title must be 1-80 characters' },
    custom: {
      // reads the tenant's repository the tenant middleware put on the request
      options: (value, { req }) => {
        if (req.repo.hasTitle(value)) throw new Error(`"${value}" already exists`);
        return true;
      },
    },
  },
  tags: { in: ['body'], optional: true, isArray: { options: { max: 3 } } },
  'tags.*': { toLowerCase: true },
});

exports.listTodos = checkSchema({
  done: { in: ['query'], optional: true, isBoolean: true, toBoolean: true },
  offset: { in: ['query'], optional: true, isInt: { options: { min: 0 } }, toInt: true },
  limit: { in: ['query'], optional: true, isInt: { options: { min: 1, max: 20 } }, toInt: true },
});
