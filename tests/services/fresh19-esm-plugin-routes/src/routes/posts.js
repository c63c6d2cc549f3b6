import { Router } from 'express';
import { z } from 'zod';
import { addPost, allPosts, findPost } from '../core/store.js';
import { hooks } from '../core/hooks.js';

const PostInput = z.object({ author: z.string().min(1), body: z.string().min(3).max(280) });

const router = Router();
router.get('/', (req, res) => {
  const tag = req.query.tag;
  res.json(tag ? allPosts().filter((p) => p.tags?.includes(tag)) : allPosts());
});
router.post('/', (req, res) => {
  const parsed = PostInput.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ errors: parsed.error.flatten().fieldErrors });
  res.status(201).json(addPost(parsed.data));
});
router.get('/:id', (req, res) => {
  const post = findPost(Number(req.params.id));
  if (!post) return res.status(404).json({ error: 'no such post' });
  hooks.emit('post:viewed', post.id);
  res.json(post);
});

export default router;
