import { Router } from 'express';
import { allRooms, closeRoom } from '#domain/rooms';
import { freeSlots } from '#domain/bookings';

export const router = Router();

router.get('/', (req, res) => res.json(allRooms()));

router.get('/:id/free', async (req, res, next) => {
  try {
    const day = req.query.day ?? '2026-02-02';
    const slots = [];
    for await (const slot of freeSlots(req.params.id, day)) slots.push(slot);
    res.json({ room: req.params.id, day, free: slots.length, first: slots.at(0) ?? null, last: slots.at(-1) ?? null });
  } catch (err) {
    next(err);
  }
});

router.post('/:id/close', (req, res) => res.json(closeRoom(req.params.id)));
