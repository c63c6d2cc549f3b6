import { z } from 'zod';
import { BaseController } from '../../core/BaseController.js';

const createSchema = z.object({
  key: z.string().regex(/^[A-Z]{2,5}$/, 'must be 2-5 capital letters'),
  name: z.string().min(3),
});

export class ProjectController extends BaseController {
  constructor(service) {
    super(service, { createSchema, updateSchema: createSchema.pick({ name: true }) });
  }
}
