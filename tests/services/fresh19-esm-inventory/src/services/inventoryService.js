import createError from 'http-errors';
import { v5 as uuidv5 } from 'uuid';
import config from '#config';
import { itemRepository } from '#repositories/itemRepository';
import * as reservations from '#repositories/reservationRepository';
import { bus, EVENTS } from '#lib/events';
import { nextBusinessDate } from '#lib/clock';

function checkLow(item) {
  if (item.quantity <= config.lowStockThreshold) bus.emit(EVENTS.LOW_STOCK, item);
}

export function createItem(data) {
  if (itemRepository.findBySku(data.sku)) {
    throw createError(409, `SKU ${data.sku} already exists`);
  }
  const item = itemRepository.insert({
    id: uuidv5(data.sku, config.namespace),
    ...data,
    version: 1,
  });
  checkLow(item);
  return item;
}

export function getItem(id) {
  const item = itemRepository.findById(id) ?? itemRepository.findBySku(id);
  if (!item) throw createError(404, `item ${id} not found`);
  return item;
}

export function adjustStock(id, { delta, reason }) {
  const item = getItem(id);
  const quantity = item.quantity + delta;
  if (quantity < 0) {
    throw createError(422, 'insufficient stock', { details: { available: item.quantity, requested: -delta } });
  }
  const updated = itemRepository.update(item.id, { quantity });
  bus.emit(EVENTS.STOCK_CHANGED, { item: updated, delta, reason });
  checkLow(updated);
  return updated;
}

export function reserve(id, { quantity, customer }) {
  const item = getItem(id);
  if (quantity > item.quantity) {
    throw createError(422, 'insufficient stock', { details: { available: item.quantity, requested: quantity } });
  }
  const updated = itemRepository.update(item.id, { quantity: item.quantity - quantity });
  const reservation = reservations.addReservation({
    itemId: item.id,
    sku: item.sku,
    quantity,
    customer,
    date: nextBusinessDate(),
    remaining: updated.quantity,
  });
  bus.emit(EVENTS.RESERVED, reservation);
  checkLow(updated);
  return reservation;
}

export function cancelReservation(number) {
  const reservation = reservations.findReservation(number);
  if (!reservation) throw createError(404, `reservation ${number} not found`);
  if (reservation.status !== 'held') throw createError(409, `reservation ${number} is ${reservation.status}`);
  reservation.status = 'cancelled';
  return adjustStock(reservation.itemId, { delta: reservation.quantity, reason: 'correction' });
}

export function listItems({ tag, low } = {}) {
  let items = itemRepository.all();
  if (tag) items = items.filter((item) => item.tags.includes(tag));
  if (low) items = items.filter((item) => item.quantity <= config.lowStockThreshold);
  return items.sort((a, b) => a.sku.localeCompare(b.sku));
}

export function summary() {
  const items = itemRepository.all();
  return {
    items: itemRepository.size,
    units: items.reduce((n, item) => n + item.quantity, 0),
    reservations: reservations.allReservations().length,
    held: reservations.allReservations().filter((r) => r.status === 'held').length,
  };
}
