const express = require('express');
const tickets = require('../lib/tickets');

const router = express.Router();

router.get('/', (req, res) => {
  const items = tickets.list(req.query.status).map(({ id, title, status }) => ({ id, title, status }));
  res.json(res.paginate(items));
});

router.post('/', async (req, res) => {
  const { title, reporter, token } = req.body ?? {};
  if (!title || !reporter) return res.status(422).json({ code: 'VALIDATION', fields: ['title', 'reporter'].filter((f) => !req.body?.[f]) });
  if (token !== 'let-me-in') return res.status(401).json({ code: 'BAD_TOKEN' });
  const ticket = await tickets.create({ title, reporter });
  res.status(201).location(`/tickets/${ticket.id}`).json(ticket);
});

router.patch('/:id', (req, res) => {
  const ticket = tickets.get(Number(req.params.id));
  if (!ticket) return res.status(404).json({ code: 'NO_TICKET', id: Number(req.params.id) });
  if (req.body.status) ticket.status = req.body.status;
  if (req.body.comment) ticket.comments.push(req.body.comment);
  res.json(ticket);
});

router.get('/:id/summary.txt', (req, res) => {
  const ticket = tickets.get(Number(req.params.id));
  if (!ticket) return res.sendStatus(404);
  res.type('text').send(`#${ticket.id} ${ticket.title} [${ticket.status}] (${ticket.comments.length} comments)`);
});

module.exports = router;
