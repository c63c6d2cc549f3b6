import { Router } from 'express';
import { z } from 'zod';
import { book, cancel, history, totals } from '#domain/bookings';

const BookingInput = z.object({
  roomId: z.string(),
  who: z.string().min(2),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  from: z.string(),
  to: z.string(),
});

export const router = Router();

router.post('/', (req, res) => {
  const input = BookingInput.parse(req.body);
  res.status(201).json(book(input));
});

router.delete('/:id', (req, res) => res.json(cancel(req.params.id)));

router.get('/', (req, res) => res.json({ bookings: history(req.query.who), totals: totals() }));
