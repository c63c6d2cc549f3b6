'use strict';

const { Router } = require('express');
const schemas = require('../domain/schemas');
const settings = require('../settings');
const reservations = require('../domain/reservations');

const router = Router();

router.post('/', async (req, res) => {
  const body = await schemas.reservation.validateAsync(req.body, { context: { max: settings.maxReservationQty } });
  res.status(201).json(reservations.create(body));
});

router.post('/:id/:action(ship|cancel)', (req, res) => {
  res.json(reservations.close(req.params.id, req.params.action));
});

router.get('/', (req, res) => {
  res.json(reservations.byCustomer(req.query.customer));
});

module.exports = router;
