import express from 'express';
import { audit } from '#lib/audit';

const router = express.Router();

router.get('/', async (req, res) => {
  const action = req.query.action;
  const out = [];
  for await (const entry of audit) {
    if (!action || entry.action === action) out.push(entry);
  }
  res.json({ total: audit.length, entries: out });
});

router.get('/:key/last', (req, res) => {
  res.json(audit.lastFor(req.params.key) ?? null);
});

export default router;
