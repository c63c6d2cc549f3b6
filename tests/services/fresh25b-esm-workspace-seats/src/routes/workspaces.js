import { Router } from 'express';
import { z } from 'zod';
import { ctx } from '../context.js';
import { notFound } from '../lib/errors.js';

const createBody = z.object({ name: z.string().trim().min(2).max(40), plan: z.enum(['free', 'team']).default('free') });
const inviteBody = z.object({ email: z.string().email().toLowerCase() });
const usageBody = z.object({ units: z.number() });

// every mutating handler ends by committing the request's unit of work
const handle = (fn) => async (req, res, next) => {
  try {
    const result = await fn(req, res);
    const written = await ctx().uow.commit();
    res.set('X-Rows-Written', String(written));
    res.status(res.statusCode === 200 && req.method === 'POST' ? 201 : res.statusCode).json(result);
  } catch (err) {
    next(err);
  }
};

export function workspaceRoutes({ workspaces, usage, activity }) {
  const router = Router();

  router.param('wsId', async (req, res, next, id) => {
    try {
      const ws = await ctx().loaders.workspaces.load(id).catch(() => null);
      if (!ws) throw notFound(`workspace ${id}`);
      workspaces.assertMember(ws);
      req.workspace = ws;
      next();
    } catch (err) {
      next(err);
    }
  });

  router.post('/', handle((req) => workspaces.create(createBody.parse(req.body))));
  router.get('/:wsId', handle((req) => ({ ...req.workspace, usage: usage.summary(req.workspace) })));
  router.get('/:wsId/members', handle((req) => workspaces.members(req.workspace)));
  router.post('/:wsId/invites', handle((req) => workspaces.invite(req.workspace, inviteBody.parse(req.body).email)));
  router.delete('/:wsId/members/:userId', handle((req) => workspaces.remove(req.workspace, req.params.userId)));
  router.put('/:wsId/plan', handle((req, res) => {
    res.status(200);
    return workspaces.changePlan(req.workspace, req.body.plan);
  }));
  router.post('/:wsId/usage', handle((req) => usage.record(req.workspace, usageBody.parse(req.body).units)));
  router.get('/:wsId/activity', handle((req) => activity.feed(req.workspace)));
  return router;
}
