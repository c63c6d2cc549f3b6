import express from 'express';
import { routes } from './routes/index.js';
import { errorHandler } from './middleware/errors.js';

export const app = express();
app.use(express.json());
app.use('/v1', routes);
app.use(errorHandler);
