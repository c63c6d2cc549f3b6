const express = require('express');
const cartRoutes = require('./routes/cart');
const { CouponBook } = require('./services/coupons');

const app = express();
app.use(express.json());
app.use('/cart', cartRoutes);

app.get('/coupons', (req, res) => res.json(CouponBook.shared.report()));
app.post('/coupons', (req, res) => {
  const { code, percent, off, limit } = req.body ?? {};
  const created = CouponBook.shared.create({ code, percent, off, limit });
  res.status(created ? 201 : 409).json(created ?? { error: `coupon ${code} exists` });
});

app.use((err, req, res, next) => res.status(err.status || 500).json({ error: err.message }));

module.exports = app;
