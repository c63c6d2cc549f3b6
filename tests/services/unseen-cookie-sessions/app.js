const express = require('express');
const { sessionMiddleware, stats } = require('./sessions');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(sessionMiddleware);

app.get('/', (req, res) => {
  req.session.views++;
  res.send(`<p>views: ${req.session.views}</p><p>cart: ${req.session.cart.join(', ') || 'empty'}</p>`);
});

app.post('/cart', (req, res) => {
  req.session.cart.push(req.body.item);
  res.redirect(303, '/');
});

app.get('/stats', (req, res) => res.json(stats()));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
