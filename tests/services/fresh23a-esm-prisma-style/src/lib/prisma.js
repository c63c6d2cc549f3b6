import { PrismaClient } from './prisma-lite.js';

// The usual "one client per process" pattern (hot reload would otherwise make many).
const globalForPrisma = globalThis;

export const prisma = globalForPrisma.prisma ?? new PrismaClient({ models: ['user', 'post', 'comment'] });

if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = prisma;

export const queryLog = [];

// logging middleware
prisma.$use(async (params, next) => {
  const result = await next(params);
  queryLog.push(`${params.model}.${params.action}`);
  return result;
});

// soft delete middleware, as in Prisma's docs: delete becomes an update
prisma.$use(async (params, next) => {
  if (params.model === 'post') {
    if (params.action === 'delete') {
      params.action = 'update';
      params.args.data = { deleted: true };
    }
    if (params.action === 'findMany' || params.action === 'count') {
      params.args.where = { ...params.args.where, deleted: false };
    }
  }
  return next(params);
});
