'use strict';
const express = require('express');
const createError = require('http-errors');
const db = require('../models');

const router = express.Router();

router.post('/', (req, res) => res.status(201).json(db.Book.create(req.body)));

router.get('/:id', (req, res) => {
  const book = db.Book.findByPk(req.params.id);
  if (!book) throw createError(404, 'book not found');
  res.json({ ...book.toJSON(), author: db.Book.associate && db.Author.findByPk(book.authorId) });
});

module.exports = router;
