// A room bookings API as written in 2025: zod schemas validate the bodies (transform, refine,
// discriminated unions, strict objects, flattened errors), date-fns does the date arithmetic on
// dates the requests pass in, http-status-codes names the statuses and express-async-handler
// hands the async handlers' errors to the error middleware.
const express = require('express');
const { z } = require('zod');
const {
  parseISO, addDays, format, areIntervalsOverlapping, eachDayOfInterval, isWeekend, differenceInCalendarDays,
} = require('date-fns');
const { StatusCodes, getReasonPhrase } = require('http-status-codes');
const asyncHandler = require('express-async-handler');

const RATES = { blue: 80, green: 95, red: 120 };
const EXTRAS = { breakfast: 12, parking: 8 };

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD').transform((s) => parseISO(s));
const Extra = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('breakfast'), people: z.number().int().min(1).max(4) }),
  z.object({ kind: z.literal('parking'), plate: z.string().min(3) }),
]);
const Booking = z.object({
  room: z.enum(['blue', 'green', 'red']),
  guest: z.string().trim().min(2).max(40),
  from: IsoDate,
  nights: z.number().int().positive().max(14),
  extras: z.array(Extra).default([]),
}).strict();
const Change = Booking.pick({ nights: true, guest: true }).partial()
  .refine((c) => Object.keys(c).length > 0, { message: 'nothing to change' });

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const bookings = new Map();
let nextId = 1;
let revenue = 0;

function price(b) {
  const days = eachDayOfInterval({ start: b.from, end: addDays(b.from, b.nights - 1) });
  const weekendNights = days.filter((d) => isWeekend(d)).length;
  let total = b.nights * RATES[b.room] + weekendNights * 10;
  for (const extra of b.extras) {
    total += extra.kind === 'breakfast' ? extra.people * EXTRAS.breakfast * b.nights : EXTRAS.parking * b.nights;
  }
  return { total, weekendNights };
}

function view(b) {
  return {
    id: b.id, room: b.room, guest: b.guest, from: format(b.from, 'yyyy-MM-dd'),
    to: format(addDays(b.from, b.nights), 'EEE d MMM yyyy'), nights: b.nights, ...price(b),
  };
}

function clash(candidate, ignoreId) {
  const wanted = { start: candidate.from, end: addDays(candidate.from, candidate.nights) };
  for (const b of bookings.values()) {
    if (b.id === ignoreId || b.room !== candidate.room) continue;
    if (areIntervalsOverlapping(wanted, { start: b.from, end: addDays(b.from, b.nights) })) return b;
  }
  return null;
}

function find(id) {
  const b = bookings.get(Number(id));
  if (!b) throw new HttpError(StatusCodes.NOT_FOUND, `no booking ${id}`);
  return b;
}

const app = express();
app.use(express.json());

app.post('/bookings', asyncHandler(async (req, res) => {
  const parsed = Booking.safeParse(req.body);
  if (!parsed.success) {
    return res.status(StatusCodes.BAD_REQUEST).json({ error: getReasonPhrase(400), issues: parsed.error.flatten() });
  }
  const other = clash(parsed.data);
  if (other) throw new HttpError(StatusCodes.CONFLICT, `room ${other.room} is taken by booking ${other.id}`);
  const booking = { id: nextId++, ...parsed.data };
  bookings.set(booking.id, booking);
  revenue += price(booking).total;
  res.status(StatusCodes.CREATED).location(`/bookings/${booking.id}`).json(view(booking));
}));

app.get('/bookings', (req, res) => {
  const room = req.query.room;
  const list = [...bookings.values()].filter((b) => !room || b.room === room)
    .sort((a, b) => a.from - b.from).map(view);
  res.json(list);
});

app.get('/bookings/:id', asyncHandler(async (req, res) => {
  res.json(view(find(req.params.id)));
}));

app.patch('/bookings/:id', asyncHandler(async (req, res) => {
  const booking = find(req.params.id);
  const change = Change.parse(req.body);
  const next = { ...booking, ...change };
  if (clash(next, booking.id)) throw new HttpError(StatusCodes.CONFLICT, 'the new dates clash');
  revenue += price(next).total - price(booking).total;
  bookings.set(booking.id, next);
  res.json(view(next));
}));

app.delete('/bookings/:id', asyncHandler(async (req, res) => {
  const booking = find(req.params.id);
  bookings.delete(booking.id);
  revenue -= price(booking).total;
  res.status(StatusCodes.NO_CONTENT).end();
}));

app.get('/availability', asyncHandler(async (req, res) => {
  const q = z.object({ room: z.enum(['blue', 'green', 'red']), from: IsoDate, days: z.coerce.number().int().min(1).max(14) })
    .parse(req.query);
  const free = eachDayOfInterval({ start: q.from, end: addDays(q.from, q.days - 1) })
    .filter((day) => !clash({ room: q.room, from: day, nights: 1 }))
    .map((day) => format(day, 'MM-dd'));
  res.json({ room: q.room, free, busy: q.days - free.length });
}));

app.get('/stats', (req, res) => {
  const byRoom = {};
  let nights = 0;
  for (const b of bookings.values()) {
    byRoom[b.room] = (byRoom[b.room] || 0) + 1;
    nights += b.nights;
  }
  const all = [...bookings.values()].map((b) => b.from).sort((a, b) => a - b);
  const span = all.length ? differenceInCalendarDays(all[all.length - 1], all[0]) : 0;
  res.json({ count: bookings.size, byRoom, nights, revenue, span });
});

app.use((err, req, res, next) => {
  if (err instanceof z.ZodError) {
    return res.status(StatusCodes.UNPROCESSABLE_ENTITY)
      .json({ error: getReasonPhrase(StatusCodes.UNPROCESSABLE_ENTITY), issues: err.issues.map((i) => `${i.path.join('.')}: ${i.message}`) });
  }
  const status = err.status || StatusCodes.INTERNAL_SERVER_ERROR;
  res.status(status).json({ error: getReasonPhrase(status), message: err.message });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
