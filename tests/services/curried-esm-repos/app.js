// Repositories made by a factory (ES modules): createRepo(name) returns { add, list, find, remove,
// onChange, size } closing over one array, an id counter and its listeners; two repos made in main,
// more made lazily by handlers into a registry Map, and one made per request for a dry run (the same
// factory, in main and in handlers). A listener main registered unsubscribes itself and another.
import express from 'express';
import { fileURLToPath } from 'node:url';
import repos from './routes/repos.js';
import { users, posts } from './lib/registry.js';

const app = express();
app.use(express.json());
app.use('/repos', repos);
app.get('/summary', (req, res) => res.json({ users: users.size, posts: posts.size, first: users.find('u1') ?? null }));

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
