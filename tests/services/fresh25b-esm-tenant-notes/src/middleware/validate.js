import { z } from 'zod';
import { BadInput } from '../lib/errors.js';

export const noteInput = z.object({
  title: z.string().trim().min(1).max(80),
  body: z.string().max(5000).default(''),
  tags: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9-]+$/)).max(8).default([]),
});
export const notePatch = noteInput.partial().refine((p) => Object.keys(p).length > 0, 'nothing to change');
export const shareInput = z.object({ username: z.string().min(1), permission: z.enum(['read', 'edit']).default('read') });
export const loginInput = z.object({ tenant: z.string().min(1), username: z.string().min(1), password: z.string().min(1) });

export const body = (schema) => (req, res, next) => {
  const parsed = schema.safeParse(req.body);
  if (parsed.success) {
    req.body = parsed.data;
    return next();
  }
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
  return next(new BadInput('invalid body', issues));
};
