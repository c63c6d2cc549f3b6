import * as inventory from '#services/inventoryService';
import { auditTrail, lowStockAlerts, acknowledge } from '#services/auditService';

export const create = (req, res) => {
  const item = inventory.createItem(req.body);
  res.status(201).location(`/items/${item.id}`).json(item);
};

export const list = (req, res) => {
  res.json(inventory.listItems({ tag: req.query.tag, low: req.query.low === 'true' }));
};

export const show = (req, res) => {
  res.json(inventory.getItem(req.params.id));
};

export const adjust = (req, res) => {
  res.json(inventory.adjustStock(req.params.id, req.body));
};

export const reserve = (req, res) => {
  res.status(201).json(inventory.reserve(req.params.id, req.body));
};

export const cancel = (req, res) => {
  res.json(inventory.cancelReservation(req.params.number));
};

export const audit = (req, res) => {
  res.json(auditTrail(req.query.sku));
};

export const alerts = (req, res) => {
  res.json({ low: lowStockAlerts() });
};

export const ack = (req, res) => {
  res.status(acknowledge(req.params.sku) ? 204 : 404).end();
};

export const summary = (req, res) => {
  res.json(inventory.summary());
};
