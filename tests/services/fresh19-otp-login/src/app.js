const express = require('express');
const cookieParser = require('cookie-parser');
const config = require('./config');
const auth = require('./routes/auth');
const { OtpError } = require('./services/otp');

const app = express();
app.use(express.json());
app.use(cookieParser(config.cookieSecret));
app.use('/auth', auth);
app.use((err, req, res, next) => {
  if (err instanceof OtpError) return res.status(err.status).json({ error: err.reason });
  next(err);
});

module.exports = app;
