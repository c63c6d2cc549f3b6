import { postService, notificationService } from '../services/index.js';
import { catchAsync } from '../utils/catchAsync.js';
import { prisma, queryLog } from '../lib/prisma.js';
import { errorCounts } from '../middleware/error.middleware.js';

export const createPost = catchAsync(async (req, res) => {
  res.status(201).json({ success: true, data: await postService.create(req.user.id, req.valid.body) });
});

export const getPosts = catchAsync(async (req, res) => {
  res.json({ success: true, ...(await postService.list(req.valid.query)) });
});

export const getPost = catchAsync(async (req, res) => {
  res.json({ success: true, data: await postService.getBySlug(req.params.slug) });
});

export const publishPost = catchAsync(async (req, res) => {
  res.json({ success: true, data: await postService.publish(req.user.id, Number(req.params.id)) });
});

export const deletePost = catchAsync(async (req, res) => {
  await postService.remove(req.user.id, Number(req.params.id));
  res.status(204).end();
});

export const addComment = catchAsync(async (req, res) => {
  res.status(201).json({ success: true, data: await postService.comment(req.user.id, Number(req.params.id), req.valid.body.body) });
});

export const getStats = catchAsync(async (req, res) => {
  const byQuery = queryLog.reduce((acc, q) => ({ ...acc, [q]: (acc[q] ?? 0) + 1 }), {});
  const users = await prisma.user.findMany({ orderBy: { id: 'asc' } });
  res.json({ queries: prisma.queries, byQuery, errors: errorCounts, authors: users.map(({ name, postCount }) => ({ name, postCount })) });
});

export const getNotifications = catchAsync(async (req, res) => {
  res.json({ success: true, ...notificationService.readAll(req.user.id) });
});
