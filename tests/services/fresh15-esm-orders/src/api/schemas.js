import { z } from 'zod';
import dayjs from 'dayjs';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => dayjs(s).isValid(), 'not a real date');

export const newOrder = z.object({
  customer: z.string().email(),
  orderedAt: isoDate,
});

export const line = z.object({
  sku: z.string().min(1),
  qty: z.coerce.number().int().positive().max(50),
});

export const payment = z.object({ at: isoDate });

export const price = z.object({ amount: z.number().positive() });
