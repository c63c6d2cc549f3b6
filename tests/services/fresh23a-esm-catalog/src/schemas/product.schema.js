import { z } from 'zod';

export const productCreate = z.object({
  name: z.string().trim().min(2),
  category: z.enum(['tools', 'garden', 'kitchen']),
  price: z.coerce.number().positive(),
  stock: z.number().int().nonnegative().default(0),
  tags: z.array(z.string().toLowerCase()).default([]),
});

export const stockChange = z.object({ delta: z.number().int() });
export const discount = z.object({
  category: productCreate.shape.category.optional(),
  tag: z.string().optional(),
  percent: z.number().min(1).max(90),
});
export const review = z.object({ stars: z.number().int().min(1).max(5) });
