const { Router } = require('express');

const router = Router({ mergeParams: true });

router.post('/', (req, res) => {
  const invoice = req.tenant.invoice(req.params.number);
  if (!invoice) return res.status(404).json({ error: `no invoice ${req.params.number}` });
  const amount = Number(req.body?.amount);
  if (!(amount > 0)) return res.status(400).json({ error: 'amount must be positive' });
  invoice.payments.push(amount);
  const paid = invoice.payments.reduce((a, b) => a + b, 0);
  if (paid >= invoice.amount) invoice.status = 'paid';
  res.status(201).json({ invoice: invoice.number, paid, status: invoice.status, tenant: req.params.tenant });
});

router.get('/', (req, res) => {
  const invoice = req.tenant.invoice(req.params.number);
  res.json({ invoice: req.params.number, payments: invoice?.payments ?? [], last: invoice?.payments.at(-1) ?? null });
});

module.exports = router;
