import { prisma } from '../lib/prisma.js';
import { ApiError } from '../errors/ApiError.js';
import { withSlug } from '../utils/slug.js';
import { notificationService } from './index.js';

const ORDER = { newest: { id: 'desc' }, oldest: { id: 'asc' }, popular: { views: 'desc' } };

class PostService {
  async create(authorId, input) {
    return prisma.$transaction(async (tx) => {
      const post = await tx.post.create({ data: withSlug({ ...input, authorId, published: false, deleted: false, views: 0 }) });
      await tx.user.update({ where: { id: authorId }, data: { postCount: { increment: 1 } } });
      return post;
    });
  }

  async list({ page, pageSize, authorId, tag, q, sort }) {
    const where = {};
    if (authorId) where.authorId = authorId;
    if (tag) where.tags = { has: tag };
    if (q) where.title = { contains: q };
    const [items, total] = await Promise.all([
      prisma.post.findMany({ where, skip: (page - 1) * pageSize, take: pageSize, orderBy: ORDER[sort] }),
      prisma.post.count({ where }),
    ]);
    return { items: items.map(({ id, slug, views, published }) => ({ id, slug, views, published })), page, pageSize, total, totalPages: Math.ceil(total / pageSize) };
  }

  async getBySlug(slug) {
    const post = await prisma.post.findUnique({ where: { slug, deleted: false } });
    if (!post) throw ApiError.notFound(`Post ${slug} not found`);
    return prisma.post.update({ where: { id: post.id }, data: { views: { increment: 1 } } });
  }

  async #owned(userId, id) {
    const post = await prisma.post.findUnique({ where: { id } });
    if (!post || post.deleted) throw ApiError.notFound(`Post ${id} not found`);
    if (post.authorId !== userId) throw ApiError.forbidden('Not your post');
    return post;
  }

  async publish(userId, id) {
    const post = await this.#owned(userId, id);
    notificationService.notify(userId, `"${post.title}" is live`);
    return prisma.post.update({ where: { id }, data: { published: true } });
  }

  async remove(userId, id) {
    await this.#owned(userId, id);
    await prisma.$transaction(async (tx) => {
      await tx.post.delete({ where: { id } });
      await tx.user.update({ where: { id: userId }, data: { postCount: { increment: -1 } } });
    });
  }

  async comment(userId, id, body) {
    const post = await prisma.post.findUnique({ where: { id } });
    if (!post?.published) throw ApiError.badRequest('Can only comment on published posts');
    const comment = await prisma.comment.create({ data: { postId: id, authorId: userId, body } });
    await prisma.post.update({ where: { id }, data: { commentIds: { push: comment.id } } });
    if (post.authorId !== userId) notificationService.notify(post.authorId, `new comment on "${post.title}"`);
    return comment;
  }
}

export const postService = new PostService();
