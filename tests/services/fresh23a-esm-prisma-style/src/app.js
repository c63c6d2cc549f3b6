import express from 'express';
import authRoutes from './routes/auth.routes.js';
import postRoutes from './routes/post.routes.js';
import { errorMiddleware } from './middleware/error.middleware.js';
import { ApiError } from './errors/ApiError.js';

const app = express();

app.use(express.json({ limit: '10kb' }));
app.get('/health', (req, res) => res.json({ status: 'ok' }));
app.use('/api/auth', authRoutes);
app.use('/api/posts', postRoutes);
app.all('*', (req, res, next) => next(ApiError.notFound(`Can't find ${req.originalUrl} on this server`)));
app.use(errorMiddleware);

export default app;
