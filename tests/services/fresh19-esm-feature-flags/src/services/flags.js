import { z } from 'zod';
import semver from 'semver';
import ms from 'ms';
import { evaluations, invalidateFlag } from '#cache';

const ruleSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('version'), range: z.string().refine((r) => semver.validRange(r) !== null, 'invalid semver range') }),
  z.object({ type: z.literal('country'), in: z.array(z.string().length(2)).nonempty() }),
  z.object({ type: z.literal('percent'), value: z.number().int().min(0).max(100) }),
]);

export const flagSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_.-]*$/),
  description: z.string().optional(),
  enabled: z.boolean().default(false),
  rules: z.array(ruleSchema).default([]),
  expiresIn: z.string().optional().transform((value, ctx) => {
    if (value === undefined) return undefined;
    const millis = ms(value);
    if (millis === undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `cannot read duration "${value}"` });
      return z.NEVER;
    }
    return ms(millis, { long: true });
  }),
});

const flags = new Map();
const changelog = [];

function bucket(userId, key) {
  let h = 0;
  for (const ch of `${key}:${userId}`) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % 100;
}

export class FlagError extends Error {
  constructor(status, message, issues) {
    super(message);
    this.status = status;
    this.issues = issues;
  }
}

export function upsert(input) {
  const parsed = flagSchema.safeParse(input);
  if (!parsed.success) {
    throw new FlagError(400, 'invalid flag', parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  const flag = parsed.data;
  const previous = flags.get(flag.key);
  flags.set(flag.key, { ...flag, revision: (previous?.revision ?? 0) + 1 });
  changelog.push({ key: flag.key, action: previous ? 'updated' : 'created', dropped: invalidateFlag(flag.key) });
  return flags.get(flag.key);
}

export function toggle(key) {
  const flag = flags.get(key);
  if (!flag) throw new FlagError(404, `flag ${key} not found`);
  flag.enabled = !flag.enabled;
  flag.revision += 1;
  changelog.push({ key, action: flag.enabled ? 'enabled' : 'disabled', dropped: invalidateFlag(key) });
  return flag;
}

function matches(rule, ctx, key) {
  switch (rule.type) {
    case 'version':
      return Boolean(ctx.appVersion && semver.valid(semver.coerce(ctx.appVersion)) && semver.satisfies(semver.coerce(ctx.appVersion), rule.range));
    case 'country':
      return rule.in.includes(String(ctx.country ?? '').toUpperCase());
    case 'percent':
      return ctx.userId !== undefined && bucket(ctx.userId, key) < rule.value;
    default:
      return false;
  }
}

export function evaluate(key, ctx) {
  const flag = flags.get(key);
  if (!flag) throw new FlagError(404, `flag ${key} not found`);
  const cacheKey = `${key}|${flag.revision}|${JSON.stringify(ctx)}`;
  const hit = evaluations.get(cacheKey);
  if (hit !== undefined) return { ...hit, cached: true };
  const failed = flag.rules.findIndex((rule) => !matches(rule, ctx, key));
  const result = { key, on: flag.enabled && failed === -1, reason: !flag.enabled ? 'disabled' : failed === -1 ? 'match' : `rule ${failed} (${flag.rules[failed].type})` };
  evaluations.set(cacheKey, result);
  return { ...result, cached: false };
}

export const list = () => [...flags.values()].map(({ key, enabled, revision, expiresIn }) => ({ key, enabled, revision, expiresIn }));
export const history = () => changelog;
