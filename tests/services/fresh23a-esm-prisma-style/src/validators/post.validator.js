import { z } from 'zod';

export const registerSchema = z.object({
  email: z.string().email(),
  name: z.string().min(2).max(40),
  password: z.string().min(8),
});

export const loginSchema = registerSchema.pick({ email: true, password: true });

export const createPostSchema = z.object({
  title: z.string().min(3).max(120),
  content: z.string().default(''),
  tags: z.array(z.string()).max(5).default([]),
});

export const listPostsSchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(20).default(2),
  authorId: z.coerce.number().int().optional(),
  tag: z.string().optional(),
  q: z.string().optional(),
  sort: z.enum(['newest', 'oldest', 'popular']).default('newest'),
});

export const commentSchema = z.object({ body: z.string().min(1).max(500) });
