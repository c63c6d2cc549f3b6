// Controllers as class instances: class-field arrow functions handed to the router
// (`router.get('/', products.list)`), a counter class whose arrow field is called
// as a method, and a getter reading the instance's fields.
const express = require('express');
const products = require('./controllers/products');

class Stats {
  requests = 0;
  errors = 0;
  track = () => { this.requests += 1; return this.requests; };
  fail = () => { this.errors += 1; };
  get summary() { return `${this.requests} requests, ${this.errors} errors`; }
}

const stats = new Stats();
const app = express();
app.use(express.json());
app.use((req, res, next) => {
  res.set('X-Request-Number', String(stats.track()));
  next();
});

const router = express.Router();
router.get('/', products.list);
router.post('/', products.create);
router.post('/:id/restock', products.restock);
app.use('/products', router);

app.get('/stats', (req, res) => res.json({ summary: stats.summary }));
app.use((req, res) => {
  stats.fail();
  res.status(404).json({ error: `no route for ${req.method} ${req.path}` });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
