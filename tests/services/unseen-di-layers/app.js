import express from 'express';
import { fileURLToPath } from 'node:url';
import { createContainer } from './src/container.js';
import { createUserRouter } from './src/routes/users.js';

const container = createContainer();
const app = express();
app.use(express.json());
app.use('/users', createUserRouter(container.userService));
app.get('/metrics', (req, res) => res.json({ ...container.metrics, users: container.userService.repository.count() }));

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.message, type: err.constructor.name });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
