const express = require('express');
const { body, validationResult } = require('express-validator');

const app = express();
app.use(express.json());
const users = new Map();

app.post('/signup',
  body('email').isEmail().withMessage('bad email'),
  body('username').isLength({ min: 3 }).custom((value) => {
    if (users.has(value)) throw new Error('username taken');
    return true;
  }),
  (req, res) => {
    const errors = validationResult(req);
    if (!errors.isEmpty()) return res.status(422).json({ errors: errors.array().map((e) => e.msg) });
    users.set(req.body.username, { email: req.body.email });
    res.status(201).json({ count: users.size });
  });

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
