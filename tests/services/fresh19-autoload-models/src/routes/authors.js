'use strict';
const express = require('express');
const createError = require('http-errors');
const { Author } = require('../models');

const router = express.Router();

router.get('/', (req, res) => {
  res.json(Author.findAll({ where: req.query.country ? { country: req.query.country } : {} }).map((a) => ({ ...a.toJSON(), books: a.bookCount })));
});

router.post('/', (req, res) => {
  res.status(201).json(Author.create(req.body));
});

router.delete('/:id', (req, res) => {
  if (!Author.destroy(req.params.id)) throw createError(404, 'author not found');
  res.status(204).end();
});

module.exports = router;
