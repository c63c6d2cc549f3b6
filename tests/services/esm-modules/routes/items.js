import { Router } from 'express';
import { Store } from '../lib/store.js';

const store = new Store();
export const router = Router();

router.get('/', (req, res) => {
  res.json(store.all());
});

router.post('/', (req, res) => {
  const item = store.add(req.body?.name ?? 'unnamed');
  res.status(201).json(item);
});

export function itemCount() {
  return store.size;
}
