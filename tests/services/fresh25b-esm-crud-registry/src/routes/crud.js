import { Router } from 'express';
import { HttpError, notFound, unprocessable } from '../lib/errors.js';
import { applyQuery } from '../lib/query.js';
import { record } from '../lib/audit.js';

// One router for every resource of the registry: the routes are registered in a loop.
export function crudRouter({ registry, repos, config, clock }) {
  const router = Router();
  const stats = {};

  for (const [name, { schema, searchable, belongsTo = {}, defaults = {}, hooks = {}, readOnlyAfterCreate }] of Object.entries(registry)) {
    const repo = repos[name];
    const counters = (stats[name] = { created: 0, updated: 0, deleted: 0, rejected: 0 });

    const checkRelations = (data) => {
      for (const [field, target] of Object.entries(belongsTo)) {
        if (field in data && !repos[target].get(data[field])) {
          counters.rejected += 1;
          throw unprocessable(`${field} ${data[field]} does not exist in ${target}`);
        }
      }
    };

    router.get(`/${name}`, (req, res) => {
      res.json(applyQuery(repo.list(), req.query, { searchable, pageSize: config.pageSize }));
    });

    router.get(`/${name}/:id`, (req, res) => {
      const row = repo.get(req.params.id);
      if (!row) throw notFound(`${name} ${req.params.id}`);
      res.json(row);
    });

    router.post(`/${name}`, (req, res) => {
      const parsed = schema.safeParse(req.body);
      if (!parsed.success) {
        counters.rejected += 1;
        throw unprocessable('invalid body', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
      }
      checkRelations(parsed.data);
      const row = repo.insert({ ...defaults, ...parsed.data }, clock());
      hooks.afterCreate?.({ row, repos });
      counters.created += 1;
      record(name, 'create', row.id);
      res.status(201).location(`${config.apiPrefix}/${name}/${row.id}`).json(row);
    });

    router.patch(`/${name}/:id`, (req, res) => {
      if (readOnlyAfterCreate) throw new HttpError(405, `${name} cannot be changed`);
      const parsed = schema.partial().safeParse(req.body);
      if (!parsed.success) throw unprocessable('invalid body', parsed.error.issues.map((i) => i.message));
      checkRelations(parsed.data);
      const row = repo.update(req.params.id, parsed.data);
      if (!row) throw notFound(`${name} ${req.params.id}`);
      counters.updated += 1;
      record(name, 'update', row.id, Object.keys(parsed.data).join(','));
      res.json(row);
    });

    router.delete(`/${name}/:id`, (req, res) => {
      const row = repo.get(req.params.id);
      if (!row) throw notFound(`${name} ${req.params.id}`);
      const veto = hooks.beforeDelete?.({ row, repos });
      if (veto) throw new HttpError(409, veto);
      repo.softDelete(row.id, clock());
      hooks.afterDelete?.({ row, repos });
      counters.deleted += 1;
      record(name, 'delete', row.id);
      res.status(204).end();
    });

    router.post(`/${name}/:id/restore`, (req, res) => {
      const row = repo.restore(req.params.id);
      if (!row) throw notFound(`deleted ${name} ${req.params.id}`);
      record(name, 'restore', row.id);
      res.json(row);
    });
  }

  router.get('/_stats', (req, res) => {
    res.json({ stats, writes: Object.fromEntries(Object.entries(repos).map(([n, r]) => [n, r.writes])) });
  });
  return router;
}
