import queryString from 'query-string';
import _ from 'lodash';
import { importCsv, report, exportCsv } from '../services/importService.js';
import { contactRepo, importLog } from '#repo';
import { stats } from '#lib/geo';

export async function upload(req, res, next) {
  try {
    if (!req.is('text/csv')) return res.status(415).json({ error: 'send text/csv' });
    const entry = await importCsv(req.body, { dryRun: req.query.dryRun === 'true' });
    res.status(entry.errors.length ? 207 : 201).json(entry);
  } catch (err) {
    next(err);
  }
}

export function list(req, res) {
  const { page = 1, per = 2, region } = queryString.parse(req.url.split('?')[1] ?? '', { parseNumbers: true });
  const filtered = _.sortBy(contactRepo.all(), 'slug').filter((c) => !region || c.region === region);
  const items = filtered.slice((page - 1) * per, page * per);
  if (page * per < filtered.length) {
    res.set('x-next-page', `/contacts?${queryString.stringify({ page: page + 1, per, region })}`);
  }
  res.json({ total: filtered.length, items });
}

export function show(req, res) {
  const contact = contactRepo.get(req.params.slug);
  if (!contact) return res.status(404).json({ error: 'not found' });
  res.json(contact);
}

export function remove(req, res) {
  res.status(contactRepo.remove(req.params.slug) ? 204 : 404).end();
}

export const summary = (req, res) => res.json({ regions: report(), geocoder: stats, imports: importLog.all().length });

export function download(req, res) {
  res.type('text/csv').send(exportCsv(req.query.region));
}

export const history = (req, res) => res.json(importLog.all());
