import { Router } from 'express';
import * as posts from '../controllers/post.controller.js';
import { protect } from '../middleware/auth.middleware.js';
import { validate } from '../middleware/validate.middleware.js';
import { createPostSchema, listPostsSchema, commentSchema } from '../validators/post.validator.js';

const router = Router();

router
  .route('/')
  .get(validate(listPostsSchema, 'query'), posts.getPosts)
  .post(protect, validate(createPostSchema), posts.createPost);
router.get('/stats', posts.getStats);
router.get('/notifications/me', protect, posts.getNotifications);
router.get('/:slug', posts.getPost);
router.patch('/:id/publish', protect, posts.publishPost);
router.delete('/:id', protect, posts.deletePost);
router.post('/:id/comments', protect, validate(commentSchema), posts.addComment);

export default router;
