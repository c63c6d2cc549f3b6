const { z } = require('zod');

const schemas = {
  group: z.object({ name: z.string().min(1), members: z.array(z.string().min(1)).min(2) }),
  expense: z.object({
    paidBy: z.string(),
    amount: z.coerce.number().positive(),
    description: z.string().default('expense'),
    splitAmong: z.array(z.string()).nonempty().optional(),
    shares: z.record(z.number().int().positive()).optional(),
  }),
  settlement: z.object({ from: z.string(), to: z.string(), amount: z.coerce.number().positive() }),
};

module.exports = (name) => (req, res, next) => {
  const parsed = schemas[name].safeParse(req.body);
  if (!parsed.success) {
    const flat = parsed.error.flatten();
    return res.status(400).json({ error: 'bad request', fields: Object.keys(flat.fieldErrors).sort() });
  }
  req.body = parsed.data;
  next();
};
