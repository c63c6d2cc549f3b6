import { Router } from 'express';
import { note } from './trail.js';

note('router');
export const router = Router();
