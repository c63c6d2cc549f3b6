'use strict';

const inventory = require('./inventory');
const { NotFound, AppError } = require('../infra/errors');

const reservations = new Map();
let counter = 1000;

exports.create = ({ sku, qty, customer }) => {
  const item = inventory.reserve(sku, qty);
  const reservation = { id: `R${++counter}`, sku: item.sku, qty, customer, status: 'held' };
  reservations.set(reservation.id, reservation);
  return reservation;
};

exports.close = (id, action) => {
  const reservation = reservations.get(id);
  if (!reservation) throw new NotFound(`reservation ${id}`);
  if (reservation.status !== 'held') throw new AppError(`reservation ${id} is ${reservation.status}`, 409);
  inventory.release(reservation.sku, reservation.qty, { shipped: action === 'ship' });
  reservation.status = action === 'ship' ? 'shipped' : 'cancelled';
  return reservation;
};

exports.byCustomer = (customer) => [...reservations.values()].filter((r) => r.customer === customer);
