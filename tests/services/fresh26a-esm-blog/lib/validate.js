import { z } from 'zod';

export const postSchema = z.object({
  title: z.string().trim().min(3).max(80),
  body: z.string().min(1),
  tags: z.array(z.string().trim().toLowerCase()).max(5).default([]),
  draft: z.boolean().optional(),
});

export const commentSchema = z.object({
  author: z.string().trim().min(1).default('anonymous'),
  text: z.string().trim().min(2).max(200),
});

export const validate = (schema, partial = false) => (req, res, next) => {
  const result = (partial ? schema.partial() : schema).safeParse(req.body ?? {});
  if (!result.success) {
    return res.status(400).json({
      error: 'invalid body',
      issues: result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.code}`),
    });
  }
  req.valid = result.data;
  next();
};
