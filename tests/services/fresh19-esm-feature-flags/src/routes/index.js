import { Router } from 'express';
import * as c from '../controllers/flags.js';

export const routes = Router();
routes.get('/flags', c.list);
routes.put('/flags', c.create);
routes.post('/flags/:key/toggle', c.toggle);
routes.get('/evaluate', c.batch);
routes.get('/evaluate/:key', c.evaluate);
routes.get('/cache', c.cache);
routes.delete('/cache', c.flush);
