const asyncHandler = require('express-async-handler');
const { StatusCodes } = require('http-status-codes');
const bookService = require('../services/bookService');

exports.create = asyncHandler(async (req, res) => {
  res.status(StatusCodes.CREATED).json(await bookService.addBook(req.body));
});

exports.search = asyncHandler(async (req, res) => {
  res.json(await bookService.search(req.query.q));
});

exports.show = asyncHandler(async (req, res) => {
  res.json(await bookService.getBook(req.params.id));
});

exports.cacheStats = (req, res) => {
  const { hits, misses, keys } = bookService.cacheStats();
  res.json({ hits, misses, keys });
};
