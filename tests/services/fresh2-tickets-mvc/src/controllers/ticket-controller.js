class TicketController {
  #model;
  #created = 0;

  constructor(model) {
    this.#model = model;
  }

  static for(model) {
    return new TicketController(model);
  }

  list = (req, res) => {
    res.json(this.#model.query({ state: req.query.state, minPriority: req.query.min }).map(({ comments, ...t }) => ({
      ...t,
      comments: comments.length,
    })));
  };

  create = (req, res) => {
    const ticket = this.#model.insert(req.body);
    this.#created++;
    res.status(201).set('X-Created-Count', String(this.#created)).json(ticket);
  };

  show = (req, res) => res.json(req.ticket);

  close = (req, res) => {
    if (req.ticket.state === 'closed') return res.status(409).json({ error: 'already closed' });
    req.ticket.state = 'closed';
    req.ticket.closedBy = req.body?.by ?? 'someone';
    res.json(req.ticket);
  };

  comment = (req, res) => {
    const comment = { n: req.ticket.comments.length + 1, text: req.body.text, by: req.body.by ?? 'anon' };
    req.ticket.comments.push(comment);
    res.status(201).json(comment);
  };
}

module.exports = TicketController;
