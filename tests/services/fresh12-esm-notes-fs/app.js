// Notes persisted to a JSON file with node:fs/promises, as ES modules: the store
// resolves its files from import.meta.url, serialises writes through a promise chain,
// keeps a module-level read cache invalidated by writes, and a middleware records an
// audit trail the /audit route reads. The seed is copied with fs.copyFile at first use.
import express from 'express';
import { fileURLToPath } from 'node:url';
import notes from './src/routes/notes.js';
import { audit, trail } from './src/middleware/audit.js';

const app = express();
app.use(express.json());
app.use(audit);
app.use('/notes', notes);
app.get('/audit', (req, res) => res.json(trail.slice(-(Number(req.query.last) || trail.length))));

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
