import qs from 'qs';
import * as flags from '#services/flags';
import { evaluations, cacheEvents } from '#cache';

export const create = (req, res) => res.status(201).json(flags.upsert(req.body));
export const toggle = (req, res) => res.json(flags.toggle(req.params.key));
export const list = (req, res) => res.json(flags.list());

export function evaluate(req, res) {
  // /evaluate/checkout.v2?ctx[country]=fr&ctx[appVersion]=2.3&ctx[userId]=42
  const { ctx = {} } = qs.parse(req.originalUrl.split('?')[1] ?? '', { depth: 1 });
  res.json(flags.evaluate(req.params.key, ctx));
}

export function batch(req, res) {
  const { keys = [], ctx = {} } = qs.parse(req.originalUrl.split('?')[1] ?? '', { comma: true });
  const list = Array.isArray(keys) ? keys : [keys];
  res.json(Object.fromEntries(list.map((key) => {
    try {
      return [key, flags.evaluate(key, ctx).on];
    } catch {
      return [key, null];
    }
  })));
}

export function cache(req, res) {
  const { keys, hits, misses } = evaluations.getStats();
  res.json({ keys, hits, misses, events: cacheEvents, history: flags.history() });
}

export function flush(req, res) {
  evaluations.flushAll();
  res.status(204).end();
}
