const { Router } = require('express');
const { idempotent } = require('../middleware/idempotency');
const quota = require('../middleware/quota');
const payments = require('./payments');

const router = Router({ mergeParams: true });
const writeQuota = quota();

router.get('/', (req, res) => {
  const status = req.query.status;
  const list = req.tenant.invoices().filter((i) => !status || i.status === status);
  res.json({ tenant: req.params.tenant, invoices: list.map(({ number, amount, status }) => ({ number, amount, status })) });
});

router.post('/', writeQuota, idempotent(), (req, res) => {
  const { customer, amount } = req.body ?? {};
  if (!customer || !(amount > 0)) return res.status(422).json({ error: 'customer and amount required' });
  const invoice = req.tenant.addInvoice({ customer, amount });
  res.status(201).location(`${req.baseUrl}/${invoice.number}`).json(invoice);
});

router.use('/:number/payments', idempotent(), payments);

module.exports = router;
