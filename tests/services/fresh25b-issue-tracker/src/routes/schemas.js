'use strict';

const { z } = require('zod');

const login = z.object({ username: z.string().min(1), password: z.string().min(1) }).strict();
const project = z.object({
  key: z.string().regex(/^[A-Z]{2,5}$/, 'key must be 2-5 capital letters'),
  name: z.string().trim().min(3).max(60),
});
const member = z.object({ username: z.string().min(1), role: z.enum(['admin', 'developer', 'viewer']).default('developer') });
const issue = z.object({
  title: z.string().trim().min(4).max(120),
  priority: z.enum(['low', 'medium', 'high', 'urgent']).default('medium'),
  labels: z.array(z.string().toLowerCase()).max(5).default([]),
});
const assign = z.object({ username: z.string().nullable() });
const transition = z.object({ to: z.enum(['open', 'in_progress', 'review', 'closed']) });
const comment = z.object({ body: z.string().trim().min(1).max(2000) });

module.exports = { login, project, member, issue, assign, transition, comment };
