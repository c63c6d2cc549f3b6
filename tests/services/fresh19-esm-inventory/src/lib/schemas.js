import { z } from 'zod';

export const sku = z.string().regex(/^[A-Z]{3}-\d{3}$/, 'SKU must look like ABC-123');

export const createItemSchema = z.object({
  sku,
  name: z.string().trim().min(2).max(60),
  quantity: z.number().int().nonnegative().default(0),
  tags: z.array(z.string().toLowerCase()).max(5).default([]),
});

export const adjustSchema = z.object({
  delta: z.number().int().refine((n) => n !== 0, 'delta must not be zero'),
  reason: z.enum(['restock', 'sale', 'damage', 'correction']),
});

export const reserveSchema = z.object({
  quantity: z.number().int().positive(),
  customer: z.string().email(),
});
