const { Router } = require('express');
const TicketController = require('../controllers/ticket-controller');
const validate = require('../middleware/validate');
const { ticketModel, PRIORITIES } = require('../models/ticket-model');

const controller = TicketController.for(ticketModel);
const tickets = Router();
const comments = Router({ mergeParams: true });

tickets.param('ticketId', (req, res, next, raw) => {
  const ticket = ticketModel.byId(Number(raw));
  if (!ticket) return res.status(404).json({ error: `ticket #${raw} not found` });
  req.ticket = ticket;
  return next();
});

const isText = (min) => (v) => typeof v === 'string' && v.trim().length >= min;

tickets
  .route('/')
  .get(controller.list)
  .post(
    validate({
      title: [isText(3), 'title needs at least 3 characters'],
      priority: [(v) => v === undefined || PRIORITIES.includes(v), `priority is one of ${PRIORITIES.join('|')}`],
      reporter: [isText(1), 'reporter is required'],
    }),
    controller.create,
  );

tickets.get('/:ticketId', controller.show);
tickets.post('/:ticketId/close', controller.close);
tickets.use('/:ticketId/comments', comments);

comments.post(
  '/',
  (req, res, next) => (req.ticket.state === 'closed' ? res.status(423).json({ error: 'ticket is closed' }) : next()),
  validate({ text: [isText(1), 'text is required'] }),
  controller.comment,
);
comments.get('/', (req, res) => res.json(req.ticket.comments));

module.exports = tickets;
