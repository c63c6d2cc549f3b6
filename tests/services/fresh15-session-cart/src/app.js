const express = require('express');
const session = require('express-session');
const createError = require('http-errors');
const config = require('./config');

const app = express();

app.use(express.json());
app.use(
  session({
    name: config.session.name,
    secret: config.session.secret,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, sameSite: 'lax', maxAge: 2 * 60 * 60 * 1000 },
  }),
);

app.use('/products', require('./routes/products'));
app.use('/cart', require('./routes/cart'));
app.use('/orders', require('./routes/orders'));

app.use((req, res, next) => next(createError.NotFound()));

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  res.status(err.status || 500).json({ message: err.expose ? err.message : 'Something went wrong', ...(err.errors && { errors: err.errors }) });
});

module.exports = app;
