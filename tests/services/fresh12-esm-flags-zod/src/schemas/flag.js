import { z } from 'zod';

export const flagSchema = z.object({
  enabled: z.boolean(),
  rollout: z.number().int().min(0).max(100),
  allow: z.array(z.string()).default([]),
});

export const flagPatch = flagSchema.partial().strict();
export const flagName = z.string().regex(/^[a-z][A-Za-z0-9]*$/);
