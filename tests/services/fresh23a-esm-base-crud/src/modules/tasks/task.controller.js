import { z } from 'zod';
import { BaseController } from '../../core/BaseController.js';
import { asyncHandler } from '../../core/asyncHandler.js';
import { parseListQuery } from '../../utils/query.js';

const createSchema = z.object({
  projectId: z.string(),
  title: z.string().min(1),
  priority: z.number().int().min(1).max(5).default(3),
});
const updateSchema = z.object({
  title: z.string().min(1).optional(),
  priority: z.number().int().min(1).max(5).optional(),
  status: z.enum(['open', 'doing', 'done']).optional(),
});

export class TaskController extends BaseController {
  constructor(service) {
    super(service, { createSchema, updateSchema });
  }

  // tasks of one project: /projects/:id/tasks
  byProject = asyncHandler(async (req, res) => {
    const query = parseListQuery(req.query);
    query.filter = { ...query.filter, projectId: req.params.id };
    res.json(this.service.list(query));
  });
}
