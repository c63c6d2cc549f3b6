export class BookingController {
  #service;
  hidden = 0;

  constructor(service) {
    this.#service = service;
  }

  #send(res, status, value) {
    const body = JSON.stringify(value, (key, v) => {
      if (key === 'notes') {
        this.hidden++;
        return undefined;
      }
      return v;
    });
    res.status(status).type('json').send(body);
  }

  list = (req, res) => this.#send(res, 200, this.#service.list(req.query.who));

  book = (req, res, next) => {
    const { day, hour, who = 'anon' } = req.body ?? {};
    if (!Object.hasOwn(req.body ?? {}, 'day')) return res.status(400).json({ error: 'day required' });
    try {
      this.#send(res, 201, this.#service.book({ day, hour: Number(hour), who }));
    } catch (err) {
      next(err);
    }
  };

  cancel = (req, res) => {
    const booking = this.#service.cancel(Number(req.params.id));
    booking ? this.#send(res, 200, booking) : res.status(404).json({ error: 'no active booking' });
  };

  slots = (req, res) => res.json(this.#service.slots(req.params.day));

  stats = (req, res) => res.json({ ready: this.#service.ready, cancelled: this.#service.cancelled, hidden: this.hidden });
}
