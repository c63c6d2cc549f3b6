import { asyncHandler } from './asyncHandler.js';
import { ValidationException } from '../errors/index.js';
import { parseListQuery } from '../utils/query.js';

export class BaseController {
  constructor(service, { createSchema, updateSchema }) {
    this.service = service;
    this.createSchema = createSchema;
    this.updateSchema = updateSchema;
  }

  parse(schema, body) {
    const result = schema.safeParse(body);
    if (!result.success) throw new ValidationException(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
    return result.data;
  }

  index = asyncHandler(async (req, res) => {
    res.json(this.service.list(parseListQuery(req.query)));
  });

  show = asyncHandler(async (req, res) => {
    res.json({ data: this.service.get(req.params.id) });
  });

  create = asyncHandler(async (req, res) => {
    const entity = await this.service.create(this.parse(this.createSchema, req.body));
    res.status(201).json({ data: entity });
  });

  update = asyncHandler(async (req, res) => {
    res.json({ data: await this.service.update(req.params.id, this.parse(this.updateSchema, req.body)) });
  });

  destroy = asyncHandler(async (req, res) => {
    await this.service.remove(req.params.id);
    res.status(204).send();
  });
}
