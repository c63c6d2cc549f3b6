import express from 'express';
import { fileURLToPath } from 'node:url';
import { UserRepository } from './src/repository.js';
import { UserService } from './src/service.js';
import { UserController } from './src/controller.js';
import { HttpError } from './src/errors.js';

const users = new UserController(new UserService(new UserRepository()));

const app = express();
app.use(express.json());
app.post('/users', users.create);
app.patch('/users/:id', users.rename);
app.post('/users/:id/login', users.login);
app.get('/stats', users.stats);

app.use((err, req, res, next) => {
  if (err instanceof HttpError) return res.status(err.status).json({ error: err.message, kind: err.constructor.name });
  res.status(500).json({ error: 'internal' });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
