import * as invoices from '../services/invoiceService.js';
import { clientVersions } from '../middleware/apiVersion.js';

export async function create(req, res) {
  const invoice = invoices.createInvoice(req.body);
  res.status(201).location(`/invoices/${invoice.number}`).json(invoice);
}

export async function show(req, res) {
  res.json(invoices.present(req.params.number));
}

export async function addLine(req, res) {
  res.status(201).json(invoices.addLine(req.params.number, req.body));
}

export async function issue(req, res) {
  res.json(invoices.issue(req.params.number));
}

export async function undo(req, res) {
  res.json(invoices.revert());
}

export async function report(req, res) {
  res.json(invoices.report(req.query));
}

export async function clients(req, res) {
  res.json(clientVersions());
}
