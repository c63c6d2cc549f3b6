const express = require('express');
const Joi = require('joi');
const validate = require('../middleware/validate');
const books = require('../controllers/books.controller');
const loans = require('../controllers/loans.controller');

const router = express.Router();

const bookSchema = Joi.object({
  isbn: Joi.string().pattern(/^\d{3}-\d{10}$/).required(),
  title: Joi.string().min(1).required(),
  author: Joi.string().required(),
  copies: Joi.number().integer().min(1).max(10).default(1),
});
const memberSchema = Joi.object({ name: Joi.string().required(), email: Joi.string().email().required() });
const checkoutSchema = Joi.object({ bookId: Joi.number().integer().positive().required() });
const paySchema = Joi.object({ cents: Joi.number().integer().positive().required() });

router.post('/books', validate(bookSchema), books.create);
router.get('/books', books.search);
router.get('/books/:id', books.show);
router.get('/cache', books.cacheStats);

router.post('/members', validate(memberSchema), loans.register);
router.get('/members/:memberId', loans.account);
router.post('/members/:memberId/loans', validate(checkoutSchema), loans.checkout);
router.post('/members/:memberId/payments', validate(paySchema), loans.pay);
router.post('/loans/:loanId/return', loans.giveBack);
router.post('/admin/close-day', loans.closeDay);

module.exports = router;
